package io.certstats.certification;

/** Whether AWS still offers a certification's exam. */
public enum Status {
    ACTIVE, RETIRED
}
