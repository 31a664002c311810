package io.certstats.journey;

/** Example payloads for the spec: real answers of the API over the seed data, with long lists on one line. */
final class JourneyExamples {

    private JourneyExamples() {
    }

    static final String REQUEST = """
            {
              "asOf": "2025-06-30",
              "currency": "JPY",
              "attempts": [
                {
                  "certification": "CLF-C02",
                  "date": "2023-05-10",
                  "passed": true
                },
                {
                  "certification": "SAA-C03",
                  "date": "2023-11",
                  "passed": false
                },
                {
                  "certification": "solutions-architect-associate",
                  "date": "2024-02-20",
                  "passed": true
                },
                {
                  "certification": "SAP-C02",
                  "date": "2024-09-02",
                  "passed": true
                }
              ]
            }""";

    static final String EVALUATION = """
            {
              "asOf": "2025-06-30",
              "currency": "JPY",
              "held": [
                {
                  "certification": "CLF",
                  "slug": "cloud-practitioner",
                  "level": "FOUNDATIONAL",
                  "earnedOn": "2023-05-10",
                  "renewedOn": "2024-09-02",
                  "renewedBy": "SAP",
                  "expiresOn": "2027-09-02",
                  "retired": false
                },
                {
                  "certification": "SAA",
                  "slug": "solutions-architect-associate",
                  "level": "ASSOCIATE",
                  "earnedOn": "2024-02-20",
                  "renewedOn": "2024-09-02",
                  "renewedBy": "SAP",
                  "expiresOn": "2027-09-02",
                  "retired": false
                },
                {
                  "certification": "SAP",
                  "slug": "solutions-architect-professional",
                  "level": "PROFESSIONAL",
                  "earnedOn": "2024-09-02",
                  "renewedOn": "2024-09-02",
                  "renewedBy": "SAP",
                  "expiresOn": "2027-09-02",
                  "retired": false
                }
              ],
              "expired": [],
              "unusedVouchers": [
                {
                  "grantedBy": "SAP",
                  "grantedOn": "2024-09-02",
                  "expiresOn": "2027-09-02"
                }
              ],
              "programYears": [
                {
                  "program": "jp-all-certifications-engineers",
                  "year": 2025,
                  "met": false,
                  "missing": ["AIF","ANS","DEA","DOP","DVA","MLA","MLS","SCS","SOA"],
                  "expired": []
                }
              ],
              "money": {
                "totals": {
                  "exams": 4,
                  "fees": 81000,
                  "discounts": 27500,
                  "net": 53500,
                  "tax": 5350,
                  "total": 58850
                },
                "perCertificationHeld": 19617,
                "attempts": [
                  {"attempt":0,"certification":"CLF","slug":"cloud-practitioner","examCode":"CLF-C02","level":"FOUNDATIONAL","date":"2023-05-10","pricedOn":"2023-05-10","passed":true,"voucherFrom":null,"fee":11000,"discount":0,"net":11000,"taxPercent":10,"tax":1100,"total":12100},
                  {"attempt":1,"certification":"SAA","slug":"solutions-architect-associate","examCode":"SAA-C03","level":"ASSOCIATE","date":"2023-11","pricedOn":"2023-11-01","passed":false,"voucherFrom":"CLF","fee":15000,"discount":7500,"net":7500,"taxPercent":10,"tax":750,"total":8250},
                  {"attempt":2,"certification":"SAA","slug":"solutions-architect-associate","examCode":null,"level":"ASSOCIATE","date":"2024-02-20","pricedOn":"2024-02-20","passed":true,"voucherFrom":null,"fee":15000,"discount":0,"net":15000,"taxPercent":10,"tax":1500,"total":16500},
                  {"attempt":3,"certification":"SAP","slug":"solutions-architect-professional","examCode":"SAP-C02","level":"PROFESSIONAL","date":"2024-09-02","pricedOn":"2024-09-02","passed":true,"voucherFrom":"SAA","fee":40000,"discount":20000,"net":20000,"taxPercent":10,"tax":2000,"total":22000}
                ]
              },
              "nextDeadlines": [
                {
                  "certification": "CLF",
                  "expiresOn": "2027-09-02",
                  "retired": false,
                  "renewedByPassing": ["CLF","DEA","DOP","DVA","MLA","SAA","SAP","SOA"]
                },
                {
                  "certification": "SAA",
                  "expiresOn": "2027-09-02",
                  "retired": false,
                  "renewedByPassing": ["SAA","SAP"]
                },
                {
                  "certification": "SAP",
                  "expiresOn": "2027-09-02",
                  "retired": false,
                  "renewedByPassing": ["SAP"]
                }
              ],
              "renewalPlan": {
                "pricesOn": "2025-06-30",
                "exams": [
                  "SAP"
                ],
                "listPrice": {
                  "totals": {"exams":1,"fees":40000,"discounts":0,"net":40000,"tax":4000,"total":44000},
                  "byLevel": [{"level":"PROFESSIONAL","totals":{"exams":1,"fees":40000,"discounts":0,"net":40000,"tax":4000,"total":44000}}],
                  "exams": [{"order":1,"certification":"SAP","slug":"solutions-architect-professional","level":"PROFESSIONAL","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":10,"tax":4000,"total":44000}]
                },
                "withVouchers": {
                  "totals": {"exams":1,"fees":40000,"discounts":0,"net":40000,"tax":4000,"total":44000},
                  "byLevel": [{"level":"PROFESSIONAL","totals":{"exams":1,"fees":40000,"discounts":0,"net":40000,"tax":4000,"total":44000}}],
                  "exams": [{"order":1,"certification":"SAP","slug":"solutions-architect-professional","level":"PROFESSIONAL","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":10,"tax":4000,"total":44000}]
                }
              },
              "assumptions": [
                "Attempts are replayed in date order; an attempt given to the month is taken to be on the first day of that month.",
                "Each attempt is priced at the fee in force on its day; JPY fees carry Japan's consumption tax where a rate is recorded for the day (on the price after the voucher, fractions of a yen dropped); USD fees carry no tax.",
                "Each pass grants one voucher for 50 % off one later attempt (pass or fail), valid 3 years from that pass; the one closest to expiry is used first, on any attempt made on a later day while it is valid.",
                "A certification is held from its pass until 3 years later (expiresOn is the first day it is no longer held); passing it or one that renews it through recertification.csv, while it is held, moves its expiry to 3 years after that pass.",
                "The renewal plan is the smallest set of exams whose passing renews every held certification that can still be renewed, priced on asOf as the cost endpoint prices a set."
              ]
            }""";

    static final String BAD_ATTEMPT = """
            {
              "type": "/problems/invalid-body",
              "title": "Invalid request body",
              "status": 400,
              "detail": "attempts[1].date is after the last day DAS-C01 could be taken (2024-04-08); attempts[2].date must be a day (2024-09-02) or a month (2024-09), not '2024-13-01'",
              "instance": "/api/v1/journeys/evaluate",
              "errors": [
                {
                  "parameter": "attempts[1].date",
                  "in": "body",
                  "message": "is after the last day DAS-C01 could be taken (2024-04-08)"
                },
                {
                  "parameter": "attempts[2].date",
                  "in": "body",
                  "message": "must be a day (2024-09-02) or a month (2024-09), not '2024-13-01'"
                }
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    static final String UNSUPPORTED = """
            {
              "type": "/problems/unsupported-media-type",
              "title": "Unsupported Media Type",
              "status": 415,
              "detail": "This resource does not accept that Content-Type.",
              "instance": "/api/v1/journeys/evaluate",
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";
}
