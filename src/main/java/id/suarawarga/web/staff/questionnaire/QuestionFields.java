package id.suarawarga.web.staff.questionnaire;

import jakarta.ws.rs.FormParam;
import java.util.List;

/**
 * The question form's fields as posted. Option rows repeat {@code optValue}, {@code optId} and {@code optEn} once
 * per row (in order); {@code optStop} lists the indexes of the rows that end the survey.
 */
public class QuestionFields {

    @FormParam("type")
    public String type;

    @FormParam("code")
    public String code;

    @FormParam("textId")
    public String textId;

    @FormParam("textEn")
    public String textEn;

    @FormParam("helpId")
    public String helpId;

    @FormParam("helpEn")
    public String helpEn;

    @FormParam("required")
    public String required;

    @FormParam("scalePoints")
    public String scalePoints;

    @FormParam("maxLength")
    public String maxLength;

    @FormParam("minValue")
    public String minValue;

    @FormParam("maxValue")
    public String maxValue;

    @FormParam("tag")
    public String tag;

    @FormParam("position")
    public String position;

    @FormParam("optValue")
    public List<String> optValue;

    @FormParam("optId")
    public List<String> optId;

    @FormParam("optEn")
    public List<String> optEn;

    @FormParam("optStop")
    public List<String> optStop;

    @FormParam("showIf")
    public List<String> showIf;

    /** Present when the person pressed "change type": show the form for the new type, save nothing. */
    @FormParam("gantiJenis")
    public String switchType;
}
