package io.certstats.program;

/** Example payloads for the spec, taken from real answers of the API over the seed data. */
final class ProgramExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "slug": "jp-all-certifications-engineers",
                  "name": "Japan All AWS Certifications Engineers",
                  "formerNames": [
                    "Japan AWS All Certifications Engineers",
                    "APN ALL AWS Certifications Engineers"
                  ],
                  "country": "JP",
                  "unit": "people",
                  "description": "AWS Japan's yearly recognition of engineers at AWS Partner Network (APN) companies who hold every AWS certification; an application is required. Named APN ALL AWS Certifications Engineers in 2022, Japan AWS All Certifications Engineers in 2023-2024, Japan All AWS Certifications Engineers from 2025.",
                  "years": [
                    2022,
                    2023,
                    2024,
                    2025,
                    2026
                  ],
                  "latestPublishedYear": 2024,
                  "source": {
                    "links": [
                      {
                        "url": "https://aws.amazon.com/jp/blogs/psa/2024-japan-aws-all-certifications-engineers/",
                        "label": null
                      },
                      {
                        "url": "https://aws.amazon.com/jp/blogs/psa/2025-japan-aws-all-certifications-engineers-criteria/",
                        "label": null
                      },
                      {
                        "url": "https://github.com/dodonki1223/articles",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": null,
                    "inferred": []
                  }
                },
                {
                  "slug": "jp-aws-jr-champions",
                  "name": "Japan AWS Jr. Champions",
                  "formerNames": [],
                  "country": "JP",
                  "unit": "people",
                  "description": "AWS Japan's recognition of early-career engineers at AWS Partner Network (APN) companies.",
                  "years": [
                    2023
                  ],
                  "latestPublishedYear": 2023,
                  "source": {
                    "links": [
                      {
                        "url": "https://kizawa.info/aws-jr-champions",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": null,
                    "inferred": []
                  }
                }
              ],
              "total": 2,
              "page": 1,
              "size": 50
            }""";

    static final String ONE = """
            {
              "slug": "jp-all-certifications-engineers",
              "name": "Japan All AWS Certifications Engineers",
              "formerNames": [
                "Japan AWS All Certifications Engineers",
                "APN ALL AWS Certifications Engineers"
              ],
              "country": "JP",
              "unit": "people",
              "description": "AWS Japan's yearly recognition of engineers at AWS Partner Network (APN) companies who hold every AWS certification; an application is required. Named APN ALL AWS Certifications Engineers in 2022, Japan AWS All Certifications Engineers in 2023-2024, Japan All AWS Certifications Engineers from 2025.",
              "years": [
                2022,
                2023,
                2024,
                2025,
                2026
              ],
              "latestPublishedYear": 2024,
              "source": {
                "links": [
                  {
                    "url": "https://aws.amazon.com/jp/blogs/psa/2024-japan-aws-all-certifications-engineers/",
                    "label": null
                  },
                  {
                    "url": "https://aws.amazon.com/jp/blogs/psa/2025-japan-aws-all-certifications-engineers-criteria/",
                    "label": null
                  },
                  {
                    "url": "https://github.com/dodonki1223/articles",
                    "label": null
                  }
                ],
                "publishedOn": null,
                "notes": null,
                "inferred": []
              }
            }""";

    static final String UNKNOWN = """
            {
              "type": "/problems/not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "No program has the slug 'jp-all-certification-engineers'; GET /api/v1/programs lists them",
              "instance": "/api/v1/programs/jp-all-certification-engineers",
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    static final String YEARS = """
            {
              "items": [
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
                },
                {
                  "year": 2025,
                  "name": "Japan All AWS Certifications Engineers",
                  "count": null,
                  "requiredCertifications": 12,
                  "change": null,
                  "criteriaUrl": "https://aws.amazon.com/jp/blogs/psa/2025-japan-aws-all-certifications-engineers-criteria/",
                  "source": {
                    "links": [],
                    "publishedOn": null,
                    "notes": "renamed (word order) in 2025; required_certifications=12 as stated by the seed article (all 12 certifications as of May 2025); count not found",
                    "inferred": []
                  }
                }
              ],
              "total": 2,
              "page": 1,
              "size": 50,
              "growth": null
            }""";

    static final String BAD_FROM = """
            {
              "type": "/problems/bad-parameter",
              "title": "Bad parameter",
              "status": 400,
              "detail": "from must not be after to (2025 > 2024)",
              "instance": "/api/v1/programs/jp-all-certifications-engineers/years",
              "errors": [
                {
                  "parameter": "from",
                  "in": "query",
                  "message": "must not be after to (2025 > 2024)"
                }
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    static final String YEAR = """
            {
              "program": "jp-all-certifications-engineers",
              "year": 2025,
              "name": "Japan All AWS Certifications Engineers",
              "count": null,
              "requiredCertifications": 12,
              "change": null,
              "criteriaUrl": "https://aws.amazon.com/jp/blogs/psa/2025-japan-aws-all-certifications-engineers-criteria/",
              "source": {
                "links": [],
                "publishedOn": null,
                "notes": "renamed (word order) in 2025; required_certifications=12 as stated by the seed article (all 12 certifications as of May 2025); count not found",
                "inferred": []
              },
              "criteria": [
                {
                  "slug": "ai-practitioner",
                  "code": "AIF",
                  "name": "AWS Certified AI Practitioner",
                  "level": "FOUNDATIONAL",
                  "examCode": "AIF-C01"
                },
                {
                  "slug": "advanced-networking-specialty",
                  "code": "ANS",
                  "name": "AWS Certified Advanced Networking – Specialty",
                  "level": "SPECIALTY",
                  "examCode": "ANS-C01"
                },
                {
                  "slug": "cloud-practitioner",
                  "code": "CLF",
                  "name": "AWS Certified Cloud Practitioner",
                  "level": "FOUNDATIONAL",
                  "examCode": "CLF-C02"
                },
                {
                  "slug": "data-engineer-associate",
                  "code": "DEA",
                  "name": "AWS Certified Data Engineer – Associate",
                  "level": "ASSOCIATE",
                  "examCode": "DEA-C01"
                },
                {
                  "slug": "devops-engineer-professional",
                  "code": "DOP",
                  "name": "AWS Certified DevOps Engineer – Professional",
                  "level": "PROFESSIONAL",
                  "examCode": "DOP-C02"
                },
                {
                  "slug": "developer-associate",
                  "code": "DVA",
                  "name": "AWS Certified Developer – Associate",
                  "level": "ASSOCIATE",
                  "examCode": "DVA-C02"
                },
                {
                  "slug": "machine-learning-engineer-associate",
                  "code": "MLA",
                  "name": "AWS Certified Machine Learning Engineer – Associate",
                  "level": "ASSOCIATE",
                  "examCode": "MLA-C01"
                },
                {
                  "slug": "machine-learning-specialty",
                  "code": "MLS",
                  "name": "AWS Certified Machine Learning – Specialty",
                  "level": "SPECIALTY",
                  "examCode": "MLS-C01"
                },
                {
                  "slug": "solutions-architect-associate",
                  "code": "SAA",
                  "name": "AWS Certified Solutions Architect – Associate",
                  "level": "ASSOCIATE",
                  "examCode": "SAA-C03"
                },
                {
                  "slug": "solutions-architect-professional",
                  "code": "SAP",
                  "name": "AWS Certified Solutions Architect – Professional",
                  "level": "PROFESSIONAL",
                  "examCode": "SAP-C02"
                },
                {
                  "slug": "security-specialty",
                  "code": "SCS",
                  "name": "AWS Certified Security – Specialty",
                  "level": "SPECIALTY",
                  "examCode": "SCS-C03"
                },
                {
                  "slug": "cloudops-engineer-associate",
                  "code": "SOA",
                  "name": "AWS Certified CloudOps Engineer – Associate",
                  "level": "ASSOCIATE",
                  "examCode": "SOA-C03"
                }
              ],
              "criteriaSource": {
                "links": [
                  {
                    "url": "https://aws.amazon.com/jp/blogs/psa/2025-japan-aws-all-certifications-engineers-criteria/",
                    "label": null
                  },
                  {
                    "url": "https://github.com/dodonki1223/articles",
                    "label": null
                  }
                ],
                "publishedOn": null,
                "notes": "one of the 12 certifications offered as of May 2025 as listed by the seed author; the criteria post itself was not read",
                "inferred": []
              }
            }""";

    static final String BAD_YEAR = """
            {
              "type": "/problems/bad-parameter",
              "title": "Bad parameter",
              "status": 400,
              "detail": "year must be a whole number from 2000 to 2100, not 'abc'",
              "instance": "/api/v1/programs/jp-all-certifications-engineers/years/abc",
              "errors": [
                {
                  "parameter": "year",
                  "in": "path",
                  "message": "must be a whole number from 2000 to 2100, not 'abc'"
                }
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    static final String UNKNOWN_YEAR = """
            {
              "type": "/problems/not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "The data has no year 2019 for program 'jp-all-certifications-engineers'; GET /api/v1/programs/jp-all-certifications-engineers/years lists those it has",
              "instance": "/api/v1/programs/jp-all-certifications-engineers/years/2019",
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    private ProgramExamples() {
    }

    /** The data's 2025 row as a write: criteria known, count not (yet) found. */
    static final String UPDATE = """
            {
              "name": "Japan All AWS Certifications Engineers",
              "count": null,
              "requiredCertifications": 12,
              "criteria": ["AIF", "ANS", "CLF", "DEA", "DOP", "DVA", "MLA", "MLS", "SAA", "SAP", "SCS", "SOA"],
              "criteriaUrl": "https://aws.amazon.com/jp/blogs/psa/2025-japan-aws-all-certifications-engineers-criteria/",
              "source": {
                "links": [],
                "publishedOn": null,
                "notes": "renamed (word order) in 2025; required_certifications=12 as stated by the seed article (all 12 certifications as of May 2025); count not found",
                "inferred": []
              }
            }""";

    static final String INVALID_UPDATE = """
            {
              "type": "/problems/invalid-body",
              "title": "Invalid request body",
              "status": 400,
              "detail": "count must be 0 or more, not -5; criteria[1] is not a known certification (a slug, code or exam code; GET /api/v1/certifications lists them), not 'XYZ'",
              "instance": "/api/v1/programs/jp-all-certifications-engineers/years/2025",
              "errors": [
                {"parameter": "count", "in": "body", "message": "must be 0 or more, not -5"},
                {"parameter": "criteria[1]", "in": "body", "message": "is not a known certification (a slug, code or exam code; GET /api/v1/certifications lists them), not 'XYZ'"}
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";
}
