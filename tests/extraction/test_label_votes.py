"""One label per name: how the pipeline's labels and the context's evidence are weighed."""

from collections import Counter

import pytest

from extraction.label_votes import _Ballot


@pytest.mark.parametrize(("pipeline", "context", "label"), [
    ({"LOC": 5, "PERSON": 3}, {"ORG": 1}, "ORG"),  # a pipeline at odds with itself: the context decides
    ({"LOC": 5}, {"ORG": 1}, "LOC"),  # a pipeline sure of itself outweighs one context vote
    ({"ORG": 4, "LOC": 3}, {}, "ORG"),  # no context: the pipeline's majority
    ({"LOC": 2, "PERSON": 2}, {}, "LOC"),  # a tie and no context: its first most frequent label
])
def test_the_pipeline_s_votes_count_by_how_far_it_agrees_with_itself(pipeline, context, label):
    assert _Ballot(pipeline=Counter(pipeline), context=Counter(context)).winner() == label
