"""HTML templates of the rendered article and the people cards, apart from the logic that fills them
(as in displaCy). Every value put into a template must already be escaped (``highlight.escape``).
"""

from __future__ import annotations

# Styles are plain strings (never formatted), so CSS braces need no doubling.
ARTICLE_STYLE = """
<style>
.nl-article { font-family: Georgia, 'Times New Roman', serif; font-size: 1.05rem; line-height: 2.1;
  white-space: pre-wrap; overflow-wrap: anywhere; color: #1f2328; max-width: 62rem; }
.nl-ent { padding: 0.1em 0.25em; border-radius: 0.3em; border-bottom: 2px solid; cursor: help; }
.nl-tag { font-family: system-ui, sans-serif; font-size: 0.62em; font-weight: 700; letter-spacing: 0.03em;
  margin-left: 0.35em; opacity: 0.8; vertical-align: middle; }
.nl-legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 1rem; margin: 0 0 0.6rem 0;
  font-family: system-ui, sans-serif; font-size: 0.8rem; color: #57606a; }
.nl-key { display: inline-flex; align-items: center; gap: 0.35rem; }
.nl-swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 0.15rem; border-bottom: 2px solid; }
.nl-ent[data-corrected] { outline: 2px dashed #8250df; outline-offset: 1px; }
</style>
"""

ARTICLE = '<div class="nl-article" lang="{lang}">{body}</div>'

MENTION = ('<mark class="nl-ent" data-label="{label}"{corrected} style="background: {background}; border-color: '
           '{color}" title="{title}">{text}{tag}</mark>')

# An analyst corrected this fact; the title says who, when and what the machine said.
CORRECTED = '<span class="nl-corrected" title="{title}">corrected</span>'


TAG = '<span class="nl-tag">{label}</span>'

LEGEND = '<div class="nl-legend" aria-label="Entity colours">{summary}{chips}</div>'

CHIP = ('<span class="nl-key"><span class="nl-swatch" style="background: {background}; border-color: {color}">'
        '</span>{name} {count}</span>')

CARDS_STYLE = """
<style>
.nl-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 0.9rem;
  align-items: start; font-family: system-ui, sans-serif; }
.nl-card { border: 1px solid #d0d7de; border-radius: 0.6rem; padding: 0.8rem 1rem; background: #fff; }
.nl-card h4 { margin: 0 0 0.15rem 0; font-size: 1.1rem; }
.nl-card .nl-meta { color: #57606a; font-size: 0.8rem; margin: 0 0 0.5rem 0; }
.nl-card .nl-now { margin: 0.2rem 0; font-size: 0.95rem; }
.nl-card .nl-none { color: #57606a; font-style: italic; }
.nl-card .nl-move { margin: 0.4rem 0; font-size: 0.88rem; color: #0F6E8C; }
.nl-card ol { margin: 0.2rem 0 0.4rem 1.1rem; padding: 0; font-size: 0.88rem; color: #3d444d; }
.nl-card .nl-heading { margin: 0.5rem 0 0 0; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em;
  color: #57606a; }
.nl-card details { margin-top: 0.5rem; font-size: 0.85rem; }
.nl-card summary { cursor: pointer; color: #0F6E8C; }
.nl-card blockquote { margin: 0.4rem 0; padding-left: 0.6rem; border-left: 3px solid #d0d7de; color: #3d444d; }
.nl-orgs { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.4rem 1.2rem;
  font-family: system-ui, sans-serif; }
.nl-org { margin: 0 0 0.6rem 0; }
.nl-org b { font-size: 1rem; }
.nl-org .nl-meta { color: #57606a; font-size: 0.8rem; }
.nl-org ul { margin: 0.1rem 0 0 1.1rem; padding: 0; font-size: 0.9rem; }
.nl-former-tag { color: #57606a; font-style: italic; }
.nl-source { color: #57606a; font-size: 0.8rem; }
.nl-corrected { display: inline-block; margin-left: 0.35em; padding: 0 0.35em; border: 1px solid #8250df;
  border-radius: 0.6em; color: #8250df; font-size: 0.68rem; font-weight: 600; font-style: normal; cursor: help;
  vertical-align: middle; }
</style>
"""

CARDS = '<div class="nl-cards">{cards}</div>'

CARD = """<article class="nl-card">
<h4>{name}</h4>
<p class="nl-meta">{meta}</p>
{now}{move}{former}{education}{evidence}
</article>"""

NOW = '<p class="nl-now"><b>{role}</b> · {organization}{corrected}</p>'

NO_ROLE = '<p class="nl-now nl-none">No current role stated in the article</p>'

NO_ROLE_ACROSS = '<p class="nl-now nl-none">No current role stated in these articles</p>'

SOURCE = ' <span class="nl-source">— {source}</span>'

MOVE = '<p class="nl-move">Moved: {origins} → {destination}</p>'

LIST = '<p class="nl-heading">{heading}</p><ol>{items}</ol>'

ITEM = "<li>{text}</li>"

EVIDENCE = '<details><summary>Evidence ({count})</summary>{quotes}</details>'

QUOTE = "<blockquote>{sentence}</blockquote>"

ORGANIZATIONS = '<div class="nl-orgs">{organizations}</div>'

ORGANIZATION = '<div class="nl-org"><b>{name}</b> <span class="nl-meta">{meta}</span><ul>{people}</ul></div>'

MEMBER = "<li>{name} — {role}{former}</li>"

FORMER_TAG = ' <span class="nl-former-tag">(former)</span>'
