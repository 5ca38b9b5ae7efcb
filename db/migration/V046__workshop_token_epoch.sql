-- Return links expire with their session (issue 11). Closing a session starts a new token epoch: participants of
-- an earlier epoch keep read-only access for WorkshopLimits.CLOSED_SESSION_GRACE after closed_at, then none, and
-- reopening the session does not bring their tokens back (new joins get the new epoch).
ALTER TABLE workshop_session ADD COLUMN token_epoch INT NOT NULL DEFAULT 0, ADD COLUMN closed_at TIMESTAMP(3) NULL;
ALTER TABLE workshop_participant ADD COLUMN token_epoch INT NOT NULL DEFAULT 0;
-- sessions closed before this migration: their grace starts now
UPDATE workshop_session SET token_epoch = 1, closed_at = CURRENT_TIMESTAMP(3) WHERE status = 'CLOSED';
