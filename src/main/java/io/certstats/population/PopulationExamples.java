package io.certstats.population;

/** Example payloads for the spec, taken from real answers of the API over the seed data. */
final class PopulationExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "slug": "jp-infosec-workforce-meti-2016",
                  "description": "Information-security workforce in Japan, same METI study",
                  "value": 281000,
                  "unit": "people",
                  "asOf": "2016",
                  "source": {
                    "links": [
                      {
                        "url": "http://itpro.nikkeibp.co.jp/atcl/news/16/061101700/?ST=spleaf",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": null,
                    "inferred": []
                  }
                },
                {
                  "slug": "jp-it-companies",
                  "description": "Number of IT companies in Japan (as cited by the seed article from itnabi)",
                  "value": 43006,
                  "unit": "companies",
                  "asOf": null,
                  "source": {
                    "links": [
                      {
                        "url": "https://itnabi.com/shukatsu/magazine/archives/1680",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": "not read at the source: the figure is quoted by the seed article from itnabi; the year it refers to is not known",
                    "inferred": []
                  }
                }
              ],
              "total": 7,
              "page": 1,
              "size": 2
            }""";

    static final String ONE = """
            {
              "slug": "jp-it-company-employees",
              "description": "Number of employees of IT companies in Japan (as cited by the seed article from itnabi)",
              "value": 1575414,
              "unit": "people",
              "asOf": null,
              "source": {
                "links": [
                  {
                    "url": "https://itnabi.com/shukatsu/magazine/archives/1680",
                    "label": null
                  }
                ],
                "publishedOn": null,
                "notes": "not read at the source: the figure is quoted by the seed article from itnabi; the year it refers to is not known",
                "inferred": []
              }
            }""";

    static final String UNKNOWN = """
            {
              "type": "/problems/not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "No population base has the slug 'jp_it_companies'; GET /api/v1/populations lists them",
              "instance": "/api/v1/populations/jp_it_companies",
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    private PopulationExamples() {
    }

    static final String UPDATE = """
            {
              "description": "Number of IT companies in Japan (as cited by the seed article from itnabi)",
              "value": 43006,
              "unit": "companies",
              "asOf": null,
              "source": {
                "links": [{"url": "https://itnabi.com/shukatsu/magazine/archives/1680", "label": null}],
                "notes": "not read at the source: the figure is quoted by the seed article from itnabi"
              }
            }""";

    static final String INVALID = """
            {
              "type": "/problems/invalid-body",
              "title": "Invalid request body",
              "status": 400,
              "detail": "value must be 1 or more, not 0; asOf must not be in the future, not '2999'",
              "instance": "/api/v1/populations/jp-it-companies",
              "errors": [
                {"parameter": "value", "in": "body", "message": "must be 1 or more, not 0"},
                {"parameter": "asOf", "in": "body", "message": "must not be in the future, not '2999'"}
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";
}
