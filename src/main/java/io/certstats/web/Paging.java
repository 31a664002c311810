package io.certstats.web;

/** The {@code page} (from 1) and {@code size} (1–100, default 50) of a list request. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 50;

    public static Paging parse(QueryParams params, String page, String size) {
        return new Paging(params.integer("page", page, 1, Integer.MAX_VALUE, 1),
                params.integer("size", size, 1, MAX_SIZE, DEFAULT_SIZE));
    }
}
