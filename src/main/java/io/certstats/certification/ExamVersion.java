package io.certstats.certification;

import io.certstats.provenance.Figure;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.EvidenceGrade;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.EmbeddedColumnNaming;

import java.util.List;

/** One exam code of a certification (SAA-C01, SAA-C02, …), with the dates the sources give. */
@Entity
public class ExamVersion extends Figure {

    @Id
    public String examCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certification_code")
    public Certification certification;

    @EmbeddedColumnNaming("live_from_%s")
    public PartialDate liveFrom;
    @EmbeddedColumnNaming("live_until_%s")
    public PartialDate liveUntil;
    @EmbeddedColumnNaming("observed_live_on_%s")
    public PartialDate observedLiveOn;

    public List<String> inferred;
    public String notes;

    @Enumerated(EnumType.STRING)
    public EvidenceGrade grade;
}
