-- How a response arrived, for every way Suara Warga collects (shared by the console's channel-tagged links, the
-- counter kiosk, field enumerators, paper entry and imports):
--   WEB        the resident's own form at /s/{slug}
--   API        the public JSON API (apps, integrations)
--   KIOSK      a counter tablet enrolled by staff (many residents on one device)
--   ENUMERATOR an officer interviewing residents in the field
--   PAPER      a paper form typed in by staff
--   IMPORT     a row of an uploaded CSV/XLSX
-- source_tag is the tag of a channel-tagged link (/s/{slug}?k=loket-1): which poster, counter or message the
-- resident came from. It names a place or a medium, never a person.
alter table survey_response drop constraint survey_response_channel_check;
alter table survey_response add constraint survey_response_channel_check
    check (channel in ('WEB', 'API', 'KIOSK', 'ENUMERATOR', 'PAPER', 'IMPORT'));
alter table survey_response add column source_tag varchar(40)
    check (source_tag ~ '^[a-z0-9][a-z0-9-]{0,39}$');
