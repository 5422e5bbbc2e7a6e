package id.suarawarga.followup;

import id.suarawarga.common.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One action of a questionnaire's follow-up plan (rencana tindak lanjut) for its weakest SKM elements. */
@Entity
@Table(name = "follow_up_action")
public class FollowUpAction extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "questionnaire_id", nullable = false, updatable = false)
    public long questionnaireId;

    /** SKM element codes, comma-separated in order (e.g. {@code U3,U9}). */
    @Column(nullable = false, length = 40)
    public String elements;

    @Column(nullable = false, length = 1000)
    public String action;

    /** The unit or position responsible (not a person's name). */
    @Column(nullable = false, length = 200)
    public String responsible;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public FollowUpStatus status;

    @Column(length = 2000)
    public String result;
}
