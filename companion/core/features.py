"""Which features keep tables in the vault, in the order their schemas are created.

The vault runs whatever list it is given; this is the list the app, the command line
and the self-test give it. A new feature with tables adds its :class:`FeatureSchema` here.
"""

from __future__ import annotations

from companion.core.checkins.schema import CHECKINS_SCHEMA
from companion.core.journal.schema import JOURNAL_SCHEMA
from companion.core.safety_plan.schema import SAFETY_PLAN_SCHEMA
from companion.core.vault.migrations import FeatureSchema

FEATURE_SCHEMAS: tuple[FeatureSchema, ...] = (JOURNAL_SCHEMA, SAFETY_PLAN_SCHEMA, CHECKINS_SCHEMA)
