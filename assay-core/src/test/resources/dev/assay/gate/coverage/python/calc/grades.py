"""Turns scores into letter grades."""

import math


def letter(score):
    # Only the passing branches are tested.
    if score >= 90:
        return "A"
    if score >= 75:
        return "B"
    if score >= 50:
        return "C"
    return "F"


def average(scores):
    if not scores:
        raise ValueError("no scores")
    return math.fsum(scores) / len(scores)
