#!/usr/bin/env python3
"""Times pabutools 1.2.3 on a pabulib file, rule by rule, as our `count` example does.

    pip install pabutools==1.2.3
    python3 crates/pbcount/scripts/pabutools_time.py FILE.pb [RULE ...]
    python3 crates/pbcount/scripts/pabutools_time.py --from-k K FILE.pb

The second form runs pabutools' `mes-add1` loop starting at the per-voter budget B/n + K instead
of B/n (pabutools' own loop, entered later): on Budapest, where the full loop would take hours,
it checks the last steps of our answer against pabutools.

Prints one line per rule: file, seconds, and the same JSON object as `musharaka pb count`
(winners in selection order, total cost), so both outputs can be compared line by line.
The calls are the ones `/work/shared/pabulib/README.md` documents for each rule.
"""
import json
import sys
import time

from pabutools.election import parse_pabulib, Cost_Sat, Cardinality_Sat
from pabutools.rules import (
    greedy_utilitarian_welfare,
    method_of_equal_shares,
    completion_by_rule_combination,
    exhaustion_by_budget_increase,
)

ALL = ["greedy", "greedy-cardinality", "mes", "mes-cardinality", "mes-add1",
       "mes-add1-greedy", "mes-add1-until-infeasible"]


def count(rule, instance, profile):
    """The exact calls recorded in /work/shared/pabulib/expected-sample.json."""
    if rule == "greedy":
        return greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
    if rule == "greedy-cardinality":
        return greedy_utilitarian_welfare(instance, profile, sat_class=Cardinality_Sat)
    if rule == "mes":
        return method_of_equal_shares(instance, profile, sat_class=Cost_Sat)
    if rule == "mes-cardinality":
        return method_of_equal_shares(instance, profile, sat_class=Cardinality_Sat)
    if rule == "mes-add1":
        return method_of_equal_shares(instance, profile, sat_class=Cost_Sat,
                                      voter_budget_increment=1)
    if rule == "mes-add1-greedy":
        return completion_by_rule_combination(
            instance, profile, [method_of_equal_shares, greedy_utilitarian_welfare],
            [{"sat_class": Cost_Sat, "voter_budget_increment": 1}, {"sat_class": Cost_Sat}])
    if rule == "mes-add1-until-infeasible":
        return exhaustion_by_budget_increase(
            instance, profile, method_of_equal_shares, {"sat_class": Cost_Sat},
            budget_step=profile.num_ballots(), exhaustive_stop=False)
    raise SystemExit(f"unknown rule {rule}")


def add1_from(instance, profile, k):
    """pabutools' `mes-add1` loop, started at the per-voter budget B/n + k."""
    from pabutools.fractions import frac
    from pabutools.rules.budgetallocation import BudgetAllocation
    from pabutools.rules.mes.mes_rule import method_of_equal_shares_scheme
    from pabutools.tiebreaking import lexico_tie_breaking

    return method_of_equal_shares_scheme(
        instance, profile, profile.as_sat_profile(sat_class=Cost_Sat),
        frac(instance.budget_limit, profile.num_ballots()) + k, BudgetAllocation(),
        lexico_tie_breaking, resoluteness=True, voter_budget_increment=1, binary_sat=True)


def main():
    args = sys.argv[1:]
    from_k = None
    if args[:1] == ["--from-k"]:
        from_k, args = int(args[1]), args[2:]
    path, rules = args[0], args[1:] or ALL
    instance, profile = parse_pabulib(path)
    profile = profile.as_multiprofile()
    if from_k is not None:
        rules = ["mes-add1"]
    for rule in rules:
        start = time.perf_counter()  # the rule only, as our criterion figures
        if from_k is None:
            outcome = count(rule, instance, profile)
        else:
            outcome = add1_from(instance, profile, from_k)
        seconds = time.perf_counter() - start
        winners = [p.name for p in outcome]
        cost = sum(p.cost for p in outcome)
        print(f"{path}\t{seconds:.3f}s\t" + json.dumps(
            {"rule": rule, "winners": winners, "total_cost": str(cost)}), flush=True)


if __name__ == "__main__":
    main()
