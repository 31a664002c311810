package io.certstats.curation;

/** Example payloads of the audit trail for the spec. */
final class CurationExamples {

    private CurationExamples() {
    }

    static final String AUDIT_PAGE = """
            {
              "items": [
                {
                  "id": 1,
                  "writtenAt": "2026-11-26T15:40:12.345Z",
                  "actor": "alice@example.org",
                  "action": "update",
                  "resource": "/api/v1/populations/jp-it-companies",
                  "oldValue": {"slug": "jp-it-companies", "value": 43006, "unit": "companies"},
                  "newValue": {"slug": "jp-it-companies", "value": 43210, "unit": "companies"}
                }
              ],
              "total": 1,
              "page": 1,
              "size": 50
            }""";
}
