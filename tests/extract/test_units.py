"""Unit normalisation: the factors written down in units.py are pint's."""

from __future__ import annotations

from claims.extract import units


def test_each_known_factor_is_what_pint_works_out() -> None:
    for expression, known in units.KNOWN_FACTORS.items():
        canonical = next(u.canonical for _, u in units._UNIT_WORDINGS if u.pint_expr == expression)
        assert units._factor.__wrapped__(expression, canonical) == known, expression


def test_every_single_unit_but_a_temperature_has_a_known_factor() -> None:
    expressions = {u.pint_expr for _, u in units._UNIT_WORDINGS if u.pint_expr is not None}
    assert expressions - set(units.KNOWN_FACTORS) == set(units.KNOWN_OFFSETS)


def test_temperatures_convert_as_pint_converts_them() -> None:
    readings = [i / 10 for i in range(-1000, 1500, 7)] + [float(i) for i in range(-100, 200)]
    for expression in units.KNOWN_OFFSETS:
        canonical = "degree_Celsius" if expression == "degC" else "degree_Fahrenheit"
        for reading in readings:
            expected = units._convert_with_pint(reading, expression, canonical)
            assert units._convert(reading, expression, canonical) == expected, (expression, reading)
