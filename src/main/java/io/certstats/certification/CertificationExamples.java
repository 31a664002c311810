package io.certstats.certification;

/** Example payloads for the spec, taken from real answers of the API over the seed data. */
final class CertificationExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "slug": "data-engineer-associate",
                  "code": "DEA",
                  "name": "AWS Certified Data Engineer – Associate",
                  "formerNames": [],
                  "nameJa": null,
                  "level": "ASSOCIATE",
                  "status": "ACTIVE",
                  "statusNote": null,
                  "examCode": "DEA-C01",
                  "examCodes": [
                    {
                      "code": "DEA-C01",
                      "liveFrom": "2024-03-12",
                      "liveUntil": null,
                      "observedLiveOn": null,
                      "source": {
                        "links": [
                          {
                            "url": "https://github.com/mamezou-tech/mamezou-tech-site",
                            "label": "2024-03-23 post"
                          }
                        ],
                        "publishedOn": null,
                        "notes": "standard exam registration opened 2024-03-12 (beta earlier)",
                        "inferred": []
                      }
                    }
                  ],
                  "launchedOn": "2024-03-12",
                  "retiredOn": null,
                  "feeUsd": 150,
                  "feeJpy": 20000,
                  "feeJpyBefore20240401": null,
                  "durationMinutes": 130,
                  "questionCount": 65,
                  "passingScore": 720,
                  "unscoredQuestions": 15,
                  "validityYears": 3,
                  "source": {
                    "links": [
                      {
                        "url": "https://github.com/mamezou-tech/mamezou-tech-site",
                        "label": "2024-03-23 post"
                      },
                      {
                        "url": "https://github.com/dodonki1223/articles",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": "first_available = date registration for the standard (non-beta) exam opened",
                    "inferred": []
                  }
                }
              ],
              "total": 5,
              "page": 1,
              "size": 1
            }""";

    static final String ONE = """
            {
              "slug": "solutions-architect-associate",
              "code": "SAA",
              "name": "AWS Certified Solutions Architect – Associate",
              "formerNames": [
                "AWS Certified Solutions Architect – Associate Level (2013 wording)"
              ],
              "nameJa": "ソリューションアーキテクト – アソシエイト",
              "level": "ASSOCIATE",
              "status": "ACTIVE",
              "statusNote": null,
              "examCode": "SAA-C03",
              "examCodes": [
                {
                  "code": "SAA-C01",
                  "liveFrom": null,
                  "liveUntil": null,
                  "observedLiveOn": "2018-07-28",
                  "source": {
                    "links": [
                      {
                        "url": "https://wing-degital.hatenablog.com/?page=1618060013",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": "date a candidate took it (observed, not launch)",
                    "inferred": []
                  }
                },
                {
                  "code": "SAA-C02",
                  "liveFrom": null,
                  "liveUntil": "2022-08-29",
                  "observedLiveOn": null,
                  "source": {
                    "links": [
                      {
                        "url": "https://hidekazu-konishi.com/entry/aws_certification_history_and_timeline.html",
                        "label": null
                      },
                      {
                        "url": "https://github.com/Bota5ky/bota5ky.github.io",
                        "label": "cloud/introduction.md"
                      }
                    ],
                    "publishedOn": null,
                    "notes": "code existence confirmed; last day 2022-08-29 per a third-party note citing the AWS China SAA exam page (Bota5ky); first day not confirmed",
                    "inferred": []
                  }
                },
                {
                  "code": "SAA-C03",
                  "liveFrom": "2022-08",
                  "liveUntil": null,
                  "observedLiveOn": "2023-10-14",
                  "source": {
                    "links": [
                      {
                        "url": "https://github.com/lis2lim",
                        "label": null
                      },
                      {
                        "url": "https://mangh.am/certs/aws/saa-c03/study-guide/",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": "observed date from a personal certification list; live_from 2022-08 (month) per a third-party study guide (mangh.am); day not confirmed by a citable source (2022-08-30 would follow SAA-C02's last day 2022-08-29 - inferred)",
                    "inferred": []
                  }
                }
              ],
              "launchedOn": "2013-04-30",
              "retiredOn": null,
              "feeUsd": 150,
              "feeJpy": 20000,
              "feeJpyBefore20240401": 15000,
              "durationMinutes": 130,
              "questionCount": 65,
              "passingScore": 720,
              "unscoredQuestions": 15,
              "validityYears": 3,
              "source": {
                "links": [
                  {
                    "url": "https://dev.classmethod.jp/cloud/aws/aws-certification-exam-started",
                    "label": null
                  },
                  {
                    "url": "https://hidekazu-konishi.com/entry/aws_certification_history_and_timeline.html",
                    "label": null
                  },
                  {
                    "url": "https://github.com/dodonki1223/articles",
                    "label": null
                  }
                ],
                "publishedOn": null,
                "notes": "first AWS certification; launched with the program on 2013-04-30",
                "inferred": []
              }
            }""";

    private CertificationExamples() {
    }

    /** The certification of {@link #ONE} as a write: GET's representation without slug, code and examCode. */
    static final String UPDATE = """
            {
              "name": "AWS Certified Solutions Architect – Associate",
              "formerNames": [
                "AWS Certified Solutions Architect – Associate Level (2013 wording)"
              ],
              "nameJa": "ソリューションアーキテクト – アソシエイト",
              "level": "ASSOCIATE",
              "status": "ACTIVE",
              "statusNote": null,
              "examCodes": [
                {
                  "code": "SAA-C01",
                  "liveFrom": null,
                  "liveUntil": null,
                  "observedLiveOn": "2018-07-28",
                  "source": {
                    "links": [
                      {
                        "url": "https://wing-degital.hatenablog.com/?page=1618060013",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": "date a candidate took it (observed, not launch)",
                    "inferred": []
                  }
                },
                {
                  "code": "SAA-C02",
                  "liveFrom": null,
                  "liveUntil": "2022-08-29",
                  "observedLiveOn": null,
                  "source": {
                    "links": [
                      {
                        "url": "https://hidekazu-konishi.com/entry/aws_certification_history_and_timeline.html",
                        "label": null
                      },
                      {
                        "url": "https://github.com/Bota5ky/bota5ky.github.io",
                        "label": "cloud/introduction.md"
                      }
                    ],
                    "publishedOn": null,
                    "notes": "code existence confirmed; last day 2022-08-29 per a third-party note citing the AWS China SAA exam page (Bota5ky); first day not confirmed",
                    "inferred": []
                  }
                },
                {
                  "code": "SAA-C03",
                  "liveFrom": "2022-08",
                  "liveUntil": null,
                  "observedLiveOn": "2023-10-14",
                  "source": {
                    "links": [
                      {
                        "url": "https://github.com/lis2lim",
                        "label": null
                      },
                      {
                        "url": "https://mangh.am/certs/aws/saa-c03/study-guide/",
                        "label": null
                      }
                    ],
                    "publishedOn": null,
                    "notes": "observed date from a personal certification list; live_from 2022-08 (month) per a third-party study guide (mangh.am); day not confirmed by a citable source (2022-08-30 would follow SAA-C02's last day 2022-08-29 - inferred)",
                    "inferred": []
                  }
                }
              ],
              "launchedOn": "2013-04-30",
              "retiredOn": null,
              "feeUsd": 150,
              "feeJpy": 20000,
              "feeJpyBefore20240401": 15000,
              "durationMinutes": 130,
              "questionCount": 65,
              "passingScore": 720,
              "unscoredQuestions": 15,
              "validityYears": 3,
              "source": {
                "links": [
                  {
                    "url": "https://dev.classmethod.jp/cloud/aws/aws-certification-exam-started",
                    "label": null
                  },
                  {
                    "url": "https://hidekazu-konishi.com/entry/aws_certification_history_and_timeline.html",
                    "label": null
                  },
                  {
                    "url": "https://github.com/dodonki1223/articles",
                    "label": null
                  }
                ],
                "publishedOn": null,
                "notes": "first AWS certification; launched with the program on 2013-04-30",
                "inferred": []
              }
            }""";

    static final String INVALID_UPDATE = """
            {
              "type": "/problems/invalid-body",
              "title": "Invalid request body",
              "status": 400,
              "detail": "feeUsd must be 0 or more, not -1; examCodes[3].code must be SAA- followed by letters or digits (e.g. SAA-C01), not 'C04'",
              "instance": "/api/v1/certifications/solutions-architect-associate",
              "errors": [
                {"parameter": "feeUsd", "in": "body", "message": "must be 0 or more, not -1"},
                {"parameter": "examCodes[3].code", "in": "body", "message": "must be SAA- followed by letters or digits (e.g. SAA-C01), not 'C04'"}
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";
}
