package io.certstats.program;

import io.certstats.provenance.Figure;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.List;

/** A recognition program that publishes a yearly count, e.g. Japan All AWS Certifications Engineers. */
@Entity
public class Program extends Figure {

    /** The program a read means when it names none: the one the API was built for. */
    public static final String DEFAULT_SLUG = "jp-all-certifications-engineers";

    @Id
    public String slug;

    public String name;
    /** Every name the program has had, current first. */
    public List<String> names;
    public String country;
    /** What its counts count, e.g. people. */
    public String unit;
    public String description;

    public static List<Program> listBySlug() {
        return list("order by slug");
    }
}
