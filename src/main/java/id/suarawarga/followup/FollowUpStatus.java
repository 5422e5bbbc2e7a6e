package id.suarawarga.followup;

/** Where a follow-up action stands: planned (direncanakan), under way (berjalan), done (selesai). */
public enum FollowUpStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
