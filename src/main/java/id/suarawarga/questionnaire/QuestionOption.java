package id.suarawarga.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An answer option: a labelled Likert point (value "1".."n", score = point) or a choice. */
@Entity
@Table(name = "question_option")
public class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    public Question question;

    @Column(nullable = false)
    public int position;

    /** Stable answer value stored with responses. */
    @Column(nullable = false, length = 40)
    public String value;

    @Column(name = "label_id", nullable = false, length = 300)
    public String labelId;

    @Column(name = "label_en", length = 300)
    public String labelEn;

    @Column
    public Short score;

    /** Choosing this option ends the questionnaire (e.g. under 18: a guardian's consent is needed first). */
    @Column(nullable = false)
    public boolean terminates;
}
