package io.certstats.curation;

/**
 * The paths of the resources curators write. The audit trail and the curation marks are keyed by
 * them, and the seed migration finds the curated rows by them, so both sides must build them here.
 */
public final class ResourcePaths {

    private ResourcePaths() {
    }

    public static String programYear(String programSlug, int year) {
        return "/api/v1/programs/" + programSlug + "/years/" + year;
    }

    public static String population(String slug) {
        return "/api/v1/populations/" + slug;
    }

    public static String certification(String slug) {
        return "/api/v1/certifications/" + slug;
    }

    /** The kind of resource a path of this class names: "program-years", "populations" or "certifications" (a metric label). */
    static String collection(String path) {
        if (path.contains("/years/")) {
            return "program-years";
        }
        String rest = path.substring("/api/v1/".length());
        return rest.substring(0, rest.indexOf('/'));
    }
}
