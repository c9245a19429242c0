"""Companion's Qt layer: a thin shell over ``companion.core``."""
