"""Guided exercises that work offline and without unlocking.

- ``window.ExercisesWindow(parent=None, *, reduced_motion=False, help_access=None,
  time_source=None)``: paced breathing, 5-4-3-2-1 grounding and muscle relaxation.
- ``gentle_response.GentleResponseBar``: the calm, dismissible line after a low mood.

Nothing in this package imports the vault, the journal or the session: the help panel
and the lock screen open these screens too. Keep this package file empty of imports.
"""
