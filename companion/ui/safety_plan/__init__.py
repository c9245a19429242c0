"""The safety plan screens.

- ``page.SafetyPlanPage``: the plan editor (six steps and what is worth living for),
  print, "Save as PDF…" and the opt-in copy readable without unlocking.
- ``copy_window.SafetyPlanCopyWindow(data_dir)``: the read-only viewer of that copy,
  for the help panel and the lock screen. It imports neither the vault nor the journal;
  keep this package file empty so that importing the viewer stays that light.
"""
