package id.suarawarga.questionnaire;

import id.suarawarga.common.persistence.AuditedEntity;
import id.suarawarga.program.Program;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a program's questionnaire. Only a DRAFT changes; publishing freezes it (the schema enforces that
 * too) so every answer collected against it stays comparable. Changing a published one means a new version.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    public Program program;

    @Column(nullable = false, updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public QuestionnaireStatus status;

    @Column(name = "title_id", nullable = false, length = 200)
    public String titleId;

    @Column(name = "title_en", length = 200)
    public String titleEn;

    @Column(name = "intro_id", length = 4000)
    public String introId;

    @Column(name = "intro_en", length = 4000)
    public String introEn;

    /** The privacy notice (UU 27/2022 PDP) shown before answering; its version is the questionnaire's. */
    @Column(name = "consent_id", nullable = false, length = 4000)
    public String consentId;

    @Column(name = "consent_en", length = 4000)
    public String consentEn;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Operational, not content: may change after publishing. */
    @Enumerated(EnumType.STRING)
    @Column(name = "duplicate_policy", nullable = false, length = 10)
    public DuplicatePolicy duplicatePolicy = DuplicatePolicy.FLAG;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Question> questions = new ArrayList<>();

    public boolean isDraft() {
        return status == QuestionnaireStatus.DRAFT;
    }
}
