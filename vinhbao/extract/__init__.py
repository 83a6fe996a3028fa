"""Extract: document -> facts (figures of the prose), the plan-vs-actual table, the target list."""
