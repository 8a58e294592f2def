// Bonus plans, runs, statements and innovation awards. Plan versions and run versions are
// numbered per plan and per period; a statement's id is its run id and agent id, so storing
// a run twice is rejected instead of duplicated.
CREATE CONSTRAINT bonus_plan_version IF NOT EXISTS FOR (n:BonusPlan) REQUIRE n.version IS UNIQUE;
CREATE CONSTRAINT bonus_run_id IF NOT EXISTS FOR (n:BonusRun) REQUIRE n.runId IS UNIQUE;
CREATE CONSTRAINT bonus_statement_id IF NOT EXISTS FOR (n:BonusStatement) REQUIRE n.statementId IS UNIQUE;
CREATE CONSTRAINT innovation_award_id IF NOT EXISTS FOR (n:InnovationAward) REQUIRE n.awardId IS UNIQUE;
CREATE INDEX bonus_run_period IF NOT EXISTS FOR (n:BonusRun) ON (n.period);
CREATE INDEX bonus_statement_agent IF NOT EXISTS FOR (n:BonusStatement) ON (n.agentId);
CREATE INDEX survey_answered_at IF NOT EXISTS FOR (n:Survey) ON (n.answeredAt);
CREATE INDEX innovation_award_registered_at IF NOT EXISTS FOR (n:InnovationAward) ON (n.registeredAt);
