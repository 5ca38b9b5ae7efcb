-- 最終確認日 (verified_at) of shipped articles was the time the app first started, which says nothing about
-- whether anyone checked the facts. It is now set only by a review (publishing) or an adviser's confirmation.
-- Clears it where neither happened: shipped, never edited in the app, never confirmed (audit log).
UPDATE article a SET a.verified_at = NULL
WHERE a.origin = 'SHIPPED' AND a.edited_in_app = FALSE
  AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'ARTICLE_VERIFIED' AND l.target_type = 'ARTICLE'
                  AND l.target = a.slug);
