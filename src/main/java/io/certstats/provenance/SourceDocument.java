package io.certstats.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A source figures were read at (sources.csv): the row every link to its URL refers to. */
@Entity
@Table(name = "source")
public class SourceDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    static SourceDocument byUrl(String url) {
        return SourceDocument.<SourceDocument>find("url", url).firstResultOptional().orElseGet(() -> {
            SourceDocument created = new SourceDocument();
            created.url = url;
            created.persist();
            return created;
        });
    }
}
