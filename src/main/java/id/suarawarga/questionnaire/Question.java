package id.suarawarga.questionnaire;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One question of a questionnaire, at a position, with its answer options where the type has them. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id", nullable = false, updatable = false)
    public Questionnaire questionnaire;

    /** 1-based order within the questionnaire. */
    @Column(nullable = false)
    public int position;

    /** Stable key within the questionnaire (show-if references, exports), e.g. {@code U3}. */
    @Column(nullable = false, length = 40)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuestionType type;

    @Column(name = "text_id", nullable = false, length = 1000)
    public String textId;

    @Column(name = "text_en", length = 1000)
    public String textEn;

    @Column(name = "help_id", length = 1000)
    public String helpId;

    @Column(name = "help_en", length = 1000)
    public String helpEn;

    @Column(nullable = false)
    public boolean required;

    /** LIKERT only: residents may answer "tidak tahu / tidak berlaku" (stored as NA, left out of the score). */
    @Column(name = "dont_know", nullable = false)
    public boolean dontKnow;

    @Column(name = "scale_points")
    public Short scalePoints;

    @Column(name = "max_length")
    public Integer maxLength;

    @Column(name = "min_value", precision = 14, scale = 4)
    public BigDecimal minValue;

    @Column(name = "max_value", precision = 14, scale = 4)
    public BigDecimal maxValue;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public QuestionTag tag;

    /** Whether the answers feed the program's scores (Likert questions with an SKM or impact tag only). */
    @Column(nullable = false)
    public boolean scored;

    /** Shown only when the earlier question with this code was answered with one of {@link #showIfValues}. */
    @Column(name = "show_if_code", length = 40)
    public String showIfCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "show_if_values", columnDefinition = "varchar(40)[]")
    public String[] showIfValues;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<QuestionOption> options = new ArrayList<>();
}
