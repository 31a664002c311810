package io.certstats.provenance;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A figure whose natural key has several columns (or a null part): its links refer to a generated id. */
@MappedSuperclass
public abstract class NumberedFigure extends Figure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
