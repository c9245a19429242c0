"""Guided exercises that work offline, as pure timing models the screens animate.

Import from the modules (the package stays import-light: the help panel offers the
exercises while the vault is locked, and none of them imports the vault or the journal):

- ``breathing``: Phase, BreathingPattern, BOX, FOUR_SEVEN_EIGHT, SLOW, PATTERNS,
  pattern(id), custom_pattern(...), validate, phases(pattern, breaths), breaths_for,
  state_at(pattern, elapsed) -> PacerState.
- ``grounding``: GROUNDING_STEPS (5-4-3-2-1), INTRODUCTION, CLOSING, grounding_step(id).
- ``relaxation``: MUSCLE_GROUPS, relaxation_steps(...), step_at, total_seconds.
- ``catalogue``: EXERCISES (id, kind, title, summary, minutes), exercise(id).
- ``gentle``: gentle_offer(mood) -> GentleOffer | None (the line after a low-mood entry).
- ``errors``: InvalidExercise.
"""
