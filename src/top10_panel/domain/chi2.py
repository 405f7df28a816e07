"""The upper tail of the χ² distribution, for the p-value of Kendall's W (SPEC §3 "Panel agreement").

P(χ²_df ≥ x) is the regularised upper incomplete gamma function Q(df/2, x/2). It is computed here by its power
series below a + 1 and by Lentz's continued fraction above (Numerical Recipes §6.2), so that the app needs no
statistics library at run time; the tests check it against scipy.stats.chi2.sf.
"""

from __future__ import annotations

import math

EPSILON = 1e-15
"""Relative size of the last term kept: below a double's resolution."""
MAX_TERMS = 10_000
TINY = 1e-300


def chi2_sf(x: float, df: int) -> float:
    """P(X ≥ x) for X ~ χ² with ``df`` degrees of freedom (df ≥ 1)."""
    if df < 1:
        raise ValueError("a χ² distribution needs at least one degree of freedom")
    if x <= 0:
        return 1.0
    return _upper_gamma(df / 2, x / 2)


def _upper_gamma(a: float, x: float) -> float:
    """Q(a, x) = Γ(a, x) / Γ(a)."""
    if x < a + 1:
        return max(0.0, 1.0 - _lower_series(a, x))
    return _upper_fraction(a, x)


def _prefactor(a: float, x: float) -> float:
    """x^a e^(−x) / Γ(a), in logarithms so that large panels neither overflow nor underflow too early."""
    return math.exp(a * math.log(x) - x - math.lgamma(a))


def _lower_series(a: float, x: float) -> float:
    """P(a, x) = x^a e^(−x) / Γ(a) · Σ x^n / (a (a+1) … (a+n))."""
    term = total = 1.0 / a
    denominator = a
    for _ in range(MAX_TERMS):
        denominator += 1
        term *= x / denominator
        total += term
        if abs(term) < abs(total) * EPSILON:
            break
    return total * _prefactor(a, x)


def _upper_fraction(a: float, x: float) -> float:
    """Q(a, x) = x^a e^(−x) / Γ(a) · 1 / (x + 1 − a − 1·(1−a) / (x + 3 − a − …)), by modified Lentz."""
    b = x + 1 - a
    c = 1 / TINY
    d = 1 / b
    h = d
    for n in range(1, MAX_TERMS):
        an = -n * (n - a)
        b += 2
        d = an * d + b
        d = TINY if abs(d) < TINY else d
        c = b + an / c
        c = TINY if abs(c) < TINY else c
        d = 1 / d
        step = d * c
        h *= step
        if abs(step - 1) < EPSILON:
            break
    return h * _prefactor(a, x)
