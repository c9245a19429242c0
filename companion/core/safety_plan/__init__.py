"""The safety plan: six steps and what is worth living for, in the person's own words.

Import from the modules (this package stays import-light, because the help panel —
which must never import the vault or the journal — reads the plan's steps and its
optional plain-text copy from here):

- ``models``: PlanStep, StepInfo, STEPS, STEP_INFO, PlanItem, SafetyPlan, make_plan,
  ATTRIBUTION (Stanley & Brown's Safety Planning Intervention, in our own words).
- ``schema``: SAFETY_PLAN_SCHEMA (registered in ``companion.core.features``).
- ``store``: SafetyPlanStore(connection, clock): load, save, save_step, clear.
- ``suggest``: suggest_professionals(directory, country, plan=…) for step 5.
- ``plaintext``: plan_as_text, and the opt-in UNENCRYPTED copy: write_plaintext_copy,
  remove_plaintext_copy, read_plaintext_copy, sync_plaintext_copy.
- ``errors``: InvalidSafetyPlan.
"""
