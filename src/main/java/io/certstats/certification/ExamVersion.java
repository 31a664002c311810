package io.certstats.certification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One exam code of a certification (SAA-C01, SAA-C02, …), with the dates the sources give. */
@Entity
@Table(name = "exam_version")
public class ExamVersion extends PanacheEntityBase {

    @Id
    public String examCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certification_code")
    public Certification certification;

    public String liveFrom;
    public String liveUntil;
    public String observedLiveOn;
    public String inferred;
    public String notes;
    public String sourceUrls;
}
