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
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    static final String NO_COUNT = """
            {
              "type": "/problems/no-count",
              "title": "No count published",
              "status": 404,
              "detail": "No count is published for program 'jp-all-certifications-engineers' in 2025; GET /api/v1/programs/jp-all-certifications-engineers/years shows the years that have one",
              "instance": "/api/v1/rarity",
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    static final String MATRIX = """
            {
              "program": "jp-all-certifications-engineers",
              "years": [
                {
                  "year": 2024,
                  "name": "Japan AWS All Certifications Engineers",
                  "count": 1222,
                  "requiredCertifications": null,
                  "change": null,
                  "criteriaUrl": "https://aws.amazon.com/jp/blogs/psa/2024-japan-aws-all-certifications-engineers-criteria/",
                  "source": {
                    "links": [
                      {
                        "url": "https://aws.amazon.com/jp/blogs/psa/2024-japan-aws-all-certifications-engineers/",
                        "label": null
                      }
                    ],
                    "publishedOn": "2024-06-20",
                    "notes": "count covers engineers at AWS Partner Network (APN) companies only; published_on from a third-party award record (not the blog itself); application page: https://aws.amazon.com/jp/blogs/psa/2024-japan-aws-all-certifications-engineers-apply/",
                    "inferred": []
                  }
                }
              ],
              "populations": [
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
              "cells": [
                {
                  "year": 2024,
                  "population": "jp-infosec-workforce-meti-2016",
                  "count": 1222,
                  "base": 281000,
                  "ratio": 0.004348754448398577,
                  "percent": 0.4348754448398577,
                  "perMillion": 4348.754448398577,
                  "oneIn": 229.9509001636661,
                  "notes": [
                    "The base's figure is as of 2016; the count is for 2024."
                  ]
                },
                {
                  "year": 2024,
                  "population": "jp-it-companies",
                  "count": 1222,
                  "base": 43006,
                  "ratio": 0.02841463981769986,
                  "percent": 2.841463981769986,
                  "perMillion": 28414.63981769986,
                  "oneIn": 35.19312602291326,
                  "notes": [
                    "The year the base's figure refers to is not known; the count is for 2024.",
                    "The count is of people but the base counts companies: the ratio compares the two, it is not a share of the base."
                  ]
                }
              ]
            }""";

    static final String BAD_RANGE = """
            {
              "type": "/problems/bad-parameter",
              "title": "Bad parameter",
              "status": 400,
              "detail": "from must not be after to (2026 > 2024)",
              "instance": "/api/v1/rarity/matrix",
              "errors": [
                {
                  "parameter": "from",
                  "in": "query",
                  "message": "must not be after to (2026 > 2024)"
                }
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    private RarityExamples() {
    }
}
