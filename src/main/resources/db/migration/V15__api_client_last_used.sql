-- When each API client last called the API, so an admin can see which evaluation keys are still in use before
-- revoking one. Written at most once a minute per client (ApiClientService), not on every request.
alter table api_client add column last_used_at timestamptz;
