import itertools

from hypothesis import given
from hypothesis import strategies as st

from relapp.domain.contact_model import classify, untied_people

people_ours = st.sampled_from(["A", "B", "C", "D"])
people_theirs = st.sampled_from(["w", "x", "y", "z", "v"])
weights = st.dictionaries(st.tuples(people_ours, people_theirs), st.integers(1, 20), min_size=1, max_size=20)


def test_no_ties_is_too_few_to_say():
    assert classify({}) is None
    assert classify({("A", "x"): 0}) is None


def test_single_pair_is_a_bow_tie():
    result = classify({("Alex", "Wanjiru"): 3})
    assert result.model == "bow tie"
    assert "Alex" in result.reason and "Wanjiru" in result.reason


def test_one_dominant_pair_is_a_bow_tie_even_with_other_ties():
    result = classify({("A", "x"): 30, ("B", "y"): 5, ("A", "z"): 5})
    assert result.model == "bow tie"
    assert result.top_pair == ("A", "x")
    assert "75%" in result.reason


def test_one_of_ours_with_several_of_theirs_is_one_on_many():
    assert classify({("A", p): 4 for p in "wxyz"}).model == "one-on-many"


def test_many_balanced_cross_ties_is_a_diamond():
    assert classify({(a, b): 3 for a in "ABC" for b in "xyz"}).model == "diamond"


def test_several_each_side_joined_by_few_pairs_is_a_cotton_reel():
    assert classify({("A", "x"): 4, ("B", "y"): 4, ("C", "z"): 4}).model == "cotton reel"


def test_untied_people_lists_their_people_without_ties():
    assert untied_people({("A", "x"): 2, ("A", "y"): 0}, ["x", "y", "z"]) == ["y", "z"]


@given(weights)
def test_every_non_empty_pattern_gets_one_of_the_four_models(w):
    result = classify(w)
    assert result is not None
    assert result.model in ("bow tie", "one-on-many", "cotton reel", "diamond")
    assert 0 < result.density <= 1
    assert 0 < result.top_share <= 1


@given(weights)
def test_order_of_the_pairs_does_not_matter(w):
    reversed_w = dict(reversed(list(w.items())))
    assert classify(w).model == classify(reversed_w).model


@given(weights, st.integers(2, 5))
def test_scaling_all_weights_keeps_the_model(w, factor):
    assert classify(w).model == classify({k: v * factor for k, v in w.items()}).model


@given(st.integers(2, 4), st.integers(2, 5))
def test_complete_even_ties_between_two_teams_is_a_diamond_unless_tiny(n_ours, n_theirs):
    ours = "ABCD"[:n_ours]
    theirs = "vwxyz"[:n_theirs]
    w = {pair: 1 for pair in itertools.product(ours, theirs)}
    assert classify(w).model == "diamond"


def test_advice_broadens_towards_the_target_and_never_narrows():
    from relapp.domain.contact_model import advice

    # Towards a broader pattern: name the people nobody of ours knows.
    text = advice("bow tie", "diamond", ["Ann", "Ben", "Cai", "Dee", "Eve", "Fay", "Gus"], ("Us", "Ann"), shown=5)
    assert text == "To move towards it, tie our people to: Ann, Ben, Cai, Dee, Eve and 2 more"
    # Everyone tied already: the concentration on one pair is the problem.
    assert advice("bow tie", "diamond", [], ("Alex", "Rafael")) == (
        "To move towards it, spread contact beyond Alex and Rafael")
    # A diamond aiming at a cotton reel must not be told to add ties (or cut any).
    assert advice("diamond", "cotton reel", ["Ann"], None) == "Already broader than a cotton reel: keep these ties warm."
    assert advice("diamond", "diamond", ["Ann"], None) is None
    assert advice("bow tie", None, ["Ann"], None) is None
    assert advice(None, "one-on-many", ["Ann"], None).endswith("tie our people to: Ann")
