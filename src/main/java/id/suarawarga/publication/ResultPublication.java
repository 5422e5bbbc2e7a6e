package id.suarawarga.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An owner's or admin's decision on publishing a questionnaire's results; without one, the default applies. */
@Entity
@Table(name = "result_publication")
public class ResultPublication {

    @Id
    @Column(name = "questionnaire_id")
    public Long questionnaireId;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;
}
