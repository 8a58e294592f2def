// Escalations of high-risk conversations and saved lexicon versions.
CREATE CONSTRAINT escalation_id IF NOT EXISTS FOR (n:Escalation) REQUIRE n.escalationId IS UNIQUE;
CREATE CONSTRAINT lexicon_version IF NOT EXISTS FOR (n:LexiconVersion) REQUIRE n.version IS UNIQUE;
// The queue reads unclaimed escalations by deadline; the report filters by detection time.
CREATE INDEX escalation_deadline IF NOT EXISTS FOR (n:Escalation) ON (n.deadlineAt);
CREATE INDEX escalation_detected IF NOT EXISTS FOR (n:Escalation) ON (n.detectedAt);
CREATE INDEX escalation_status IF NOT EXISTS FOR (n:Escalation) ON (n.status);
