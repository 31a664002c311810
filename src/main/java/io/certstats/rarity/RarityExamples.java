package io.certstats.rarity;

/** Example payloads for the spec, taken from real answers of the API over the seed data. */
final class RarityExamples {

    static final String PUBLISHED = """
            {
              "program": "jp-all-certifications-engineers",
              "programName": "Japan AWS All Certifications Engineers",
              "year": 2024,
              "count": 1222,
              "countSource": {
                "links": [
                  {
                    "url": "https://aws.amazon.com/jp/blogs/psa/2024-japan-aws-all-certifications-engineers/",
                    "label": null
                  }
                ],
                "publishedOn": "2024-06-20",
                "notes": "count covers engineers at AWS Partner Network (APN) companies only; published_on from a third-party award record (not the blog itself); application page: https://aws.amazon.com/jp/blogs/psa/2024-japan-aws-all-certifications-engineers-apply/",
                "inferred": []
              },
              "base": {
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
              },
              "ratio": 0.0007756691257028311,
              "percent": 0.07756691257028311,
              "perMillion": 775.6691257028311,
              "oneIn": 1289.209492635025,
              "notes": [
                "The year the base's figure refers to is not known; the count is for 2024."
              ]
            }""";

    static final String WHAT_IF = """
            {
              "program": null,
              "programName": null,
              "year": null,
              "count": 1500,
              "countSource": null,
              "base": {
                "slug": null,
                "description": "a base given by the caller",
                "value": 1575414,
                "unit": null,
                "asOf": null,
                "source": null
              },
              "ratio": 0.0009521306780312983,
              "percent": 0.09521306780312984,
              "perMillion": 952.1306780312984,
              "oneIn": 1050.276,
              "notes": []
            }""";

    static final String COUNT_OVER_BASE = """
            {
              "type": "/problems/bad-parameter",
              "title": "Bad parameter",
              "status": 400,
              "detail": "count must not be larger than base (2000 > 1000)",
              "instance": "/api/v1/rarity",
              "errors": [
                {
                  "parameter": "count",
                  "in": "query",
                  "message": "must not be larger than base (2000 > 1000)"
                }
              ]
            }""";

    static final String NO_COUNT = """
            {
              "type": "/problems/no-count",
              "title": "No count published",
              "status": 404,
              "detail": "No count is published for program 'jp-all-certifications-engineers' in 2025; GET /api/v1/programs/jp-all-certifications-engineers/years shows the years that have one",
              "instance": "/api/v1/rarity"
            }""";

    private RarityExamples() {
    }
}
