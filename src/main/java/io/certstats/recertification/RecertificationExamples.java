package io.certstats.recertification;

/** Example payloads for the spec: real answers of the API over the seed data, with long lists on one line. */
final class RecertificationExamples {

    private RecertificationExamples() {
    }

    static final String PLAN = """
            {
              "program": "jp-all-certifications-engineers",
              "year": 2025,
              "currency": "JPY",
              "taxIncluded": false,
              "pricesOn": "2025-01-01",
              "cycleYears": 3,
              "renewalExams": [
                "ANS",
                "DEA",
                "DOP",
                "MLA",
                "MLS",
                "SAP",
                "SCS"
              ],
              "certifications": [
                {
                  "certification": "AIF",
                  "slug": "ai-practitioner",
                  "level": "FOUNDATIONAL",
                  "renewedBy": ["MLA"]
                },
                {
                  "certification": "ANS",
                  "slug": "advanced-networking-specialty",
                  "level": "SPECIALTY",
                  "renewedBy": ["ANS"]
                },
                {
                  "certification": "CLF",
                  "slug": "cloud-practitioner",
                  "level": "FOUNDATIONAL",
                  "renewedBy": ["DEA","DOP","MLA","SAP"]
                },
                {
                  "certification": "DEA",
                  "slug": "data-engineer-associate",
                  "level": "ASSOCIATE",
                  "renewedBy": ["DEA"]
                },
                {
                  "certification": "DOP",
                  "slug": "devops-engineer-professional",
                  "level": "PROFESSIONAL",
                  "renewedBy": ["DOP"]
                },
                {
                  "certification": "DVA",
                  "slug": "developer-associate",
                  "level": "ASSOCIATE",
                  "renewedBy": ["DOP"]
                },
                {
                  "certification": "MLA",
                  "slug": "machine-learning-engineer-associate",
                  "level": "ASSOCIATE",
                  "renewedBy": ["MLA"]
                },
                {
                  "certification": "MLS",
                  "slug": "machine-learning-specialty",
                  "level": "SPECIALTY",
                  "renewedBy": ["MLS"]
                },
                {
                  "certification": "SAA",
                  "slug": "solutions-architect-associate",
                  "level": "ASSOCIATE",
                  "renewedBy": ["SAP"]
                },
                {
                  "certification": "SAP",
                  "slug": "solutions-architect-professional",
                  "level": "PROFESSIONAL",
                  "renewedBy": ["SAP"]
                },
                {
                  "certification": "SCS",
                  "slug": "security-specialty",
                  "level": "SPECIALTY",
                  "renewedBy": ["SCS"]
                },
                {
                  "certification": "SOA",
                  "slug": "cloudops-engineer-associate",
                  "level": "ASSOCIATE",
                  "renewedBy": ["DOP"]
                }
              ],
              "listPrice": {
                "totals": {
                  "exams": 7,
                  "fees": 240000,
                  "discounts": 0,
                  "net": 240000,
                  "tax": 0,
                  "total": 240000
                },
                "byLevel": [
                  {"level":"ASSOCIATE","totals":{"exams":2,"fees":40000,"discounts":0,"net":40000,"tax":0,"total":40000}},
                  {"level":"PROFESSIONAL","totals":{"exams":2,"fees":80000,"discounts":0,"net":80000,"tax":0,"total":80000}},
                  {"level":"SPECIALTY","totals":{"exams":3,"fees":120000,"discounts":0,"net":120000,"tax":0,"total":120000}}
                ],
                "exams": [
                  {"order":1,"certification":"ANS","slug":"advanced-networking-specialty","level":"SPECIALTY","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":null,"tax":null,"total":40000},
                  {"order":2,"certification":"DEA","slug":"data-engineer-associate","level":"ASSOCIATE","voucherFrom":null,"fee":20000,"discount":0,"net":20000,"taxPercent":null,"tax":null,"total":20000},
                  {"order":3,"certification":"DOP","slug":"devops-engineer-professional","level":"PROFESSIONAL","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":null,"tax":null,"total":40000},
                  {"order":4,"certification":"MLA","slug":"machine-learning-engineer-associate","level":"ASSOCIATE","voucherFrom":null,"fee":20000,"discount":0,"net":20000,"taxPercent":null,"tax":null,"total":20000},
                  {"order":5,"certification":"MLS","slug":"machine-learning-specialty","level":"SPECIALTY","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":null,"tax":null,"total":40000},
                  {"order":6,"certification":"SAP","slug":"solutions-architect-professional","level":"PROFESSIONAL","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":null,"tax":null,"total":40000},
                  {"order":7,"certification":"SCS","slug":"security-specialty","level":"SPECIALTY","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":null,"tax":null,"total":40000}
                ]
              },
              "withVouchers": {
                "totals": {
                  "exams": 7,
                  "fees": 240000,
                  "discounts": 110000,
                  "net": 130000,
                  "tax": 0,
                  "total": 130000
                },
                "byLevel": [
                  {"level":"ASSOCIATE","totals":{"exams":2,"fees":40000,"discounts":10000,"net":30000,"tax":0,"total":30000}},
                  {"level":"PROFESSIONAL","totals":{"exams":2,"fees":80000,"discounts":40000,"net":40000,"tax":0,"total":40000}},
                  {"level":"SPECIALTY","totals":{"exams":3,"fees":120000,"discounts":60000,"net":60000,"tax":0,"total":60000}}
                ],
                "exams": [
                  {"order":1,"certification":"DEA","slug":"data-engineer-associate","level":"ASSOCIATE","voucherFrom":null,"fee":20000,"discount":0,"net":20000,"taxPercent":null,"tax":null,"total":20000},
                  {"order":2,"certification":"MLA","slug":"machine-learning-engineer-associate","level":"ASSOCIATE","voucherFrom":"DEA","fee":20000,"discount":10000,"net":10000,"taxPercent":null,"tax":null,"total":10000},
                  {"order":3,"certification":"DOP","slug":"devops-engineer-professional","level":"PROFESSIONAL","voucherFrom":"MLA","fee":40000,"discount":20000,"net":20000,"taxPercent":null,"tax":null,"total":20000},
                  {"order":4,"certification":"SAP","slug":"solutions-architect-professional","level":"PROFESSIONAL","voucherFrom":"DOP","fee":40000,"discount":20000,"net":20000,"taxPercent":null,"tax":null,"total":20000},
                  {"order":5,"certification":"ANS","slug":"advanced-networking-specialty","level":"SPECIALTY","voucherFrom":"SAP","fee":40000,"discount":20000,"net":20000,"taxPercent":null,"tax":null,"total":20000},
                  {"order":6,"certification":"MLS","slug":"machine-learning-specialty","level":"SPECIALTY","voucherFrom":"ANS","fee":40000,"discount":20000,"net":20000,"taxPercent":null,"tax":null,"total":20000},
                  {"order":7,"certification":"SCS","slug":"security-specialty","level":"SPECIALTY","voucherFrom":"MLS","fee":40000,"discount":20000,"net":20000,"taxPercent":null,"tax":null,"total":20000}
                ]
              },
              "graph": {
                "nodes": [
                  {"certification":"AIF","slug":"ai-practitioner","name":"AWS Certified AI Practitioner","level":"FOUNDATIONAL","status":"ACTIVE","inSet":true,"renewalExam":false},
                  {"certification":"ANS","slug":"advanced-networking-specialty","name":"AWS Certified Advanced Networking – Specialty","level":"SPECIALTY","status":"ACTIVE","inSet":true,"renewalExam":true},
                  {"certification":"CLF","slug":"cloud-practitioner","name":"AWS Certified Cloud Practitioner","level":"FOUNDATIONAL","status":"ACTIVE","inSet":true,"renewalExam":false},
                  {"certification":"DEA","slug":"data-engineer-associate","name":"AWS Certified Data Engineer – Associate","level":"ASSOCIATE","status":"ACTIVE","inSet":true,"renewalExam":true},
                  {"certification":"DOP","slug":"devops-engineer-professional","name":"AWS Certified DevOps Engineer – Professional","level":"PROFESSIONAL","status":"ACTIVE","inSet":true,"renewalExam":true},
                  {"certification":"DVA","slug":"developer-associate","name":"AWS Certified Developer – Associate","level":"ASSOCIATE","status":"ACTIVE","inSet":true,"renewalExam":false},
                  {"certification":"MLA","slug":"machine-learning-engineer-associate","name":"AWS Certified Machine Learning Engineer – Associate","level":"ASSOCIATE","status":"ACTIVE","inSet":true,"renewalExam":true},
                  {"certification":"MLS","slug":"machine-learning-specialty","name":"AWS Certified Machine Learning – Specialty","level":"SPECIALTY","status":"RETIRED","inSet":true,"renewalExam":true},
                  {"certification":"SAA","slug":"solutions-architect-associate","name":"AWS Certified Solutions Architect – Associate","level":"ASSOCIATE","status":"ACTIVE","inSet":true,"renewalExam":false},
                  {"certification":"SAP","slug":"solutions-architect-professional","name":"AWS Certified Solutions Architect – Professional","level":"PROFESSIONAL","status":"ACTIVE","inSet":true,"renewalExam":true},
                  {"certification":"SCS","slug":"security-specialty","name":"AWS Certified Security – Specialty","level":"SPECIALTY","status":"ACTIVE","inSet":true,"renewalExam":true},
                  {"certification":"SOA","slug":"cloudops-engineer-associate","name":"AWS Certified CloudOps Engineer – Associate","level":"ASSOCIATE","status":"ACTIVE","inSet":true,"renewalExam":false}
                ],
                "edges": [
                  {"renewing":"DEA","alsoRenews":"CLF","notes":null,"source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]},
                  {"renewing":"DOP","alsoRenews":"DVA","notes":null,"source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]},
                  {"renewing":"DOP","alsoRenews":"SOA","notes":null,"source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]},
                  {"renewing":"DVA","alsoRenews":"CLF","notes":null,"source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]},
                  {"renewing":"MLA","alsoRenews":"AIF","notes":"Machine Learning Engineer Associate renews AI Practitioner","source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]},
                  {"renewing":"MLA","alsoRenews":"CLF","notes":null,"source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]},
                  {"renewing":"SAA","alsoRenews":"CLF","notes":"any Associate renews Cloud Practitioner","source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]},
                  {"renewing":"SAP","alsoRenews":"SAA","notes":"passing (or renewing) the Professional renews the Associate","source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]},
                  {"renewing":"SOA","alsoRenews":"CLF","notes":null,"source":[{"url":"https://github.com/dodonki1223/articles","label":null},{"url":"https://aws.amazon.com/jp/certification/recertification/","label":null}]}
                ]
              },
              "assumptions": [
                "Passing a certification, or one that renews it through recertification.csv (followed through the graph), renews it for another 3 years.",
                "Every renewal exam is passed once per cycle, at the first attempt.",
                "Prices are the fees in force on 2025-01-01, from exam-fees.csv, per level.",
                "Every exam is passed at the first attempt: no failed attempts.",
                "Each pass grants one voucher for 50 % off one later exam; vouchers are used as soon as available, each before it expires (3 years). The cheapest exam is paid in full, each later one with the voucher of the pass before it.",
                "A voucher's discount is rounded half up to the currency's smallest unit (yen, cent).",
                "No tax is included; ask with tax=true for Japan's consumption tax.",
                "MLS is retired (2026-03-31): it is priced as the year's set requires it, but it can no longer be renewed by exam, only held until it expires."
              ],
              "sources": [
                {
                  "url": "https://github.com/dodonki1223/articles",
                  "label": null
                },
                {
                  "url": "https://aws.amazon.com/jp/certification/recertification/",
                  "label": null
                },
                {
                  "url": "https://github.com/mamezou-tech/mamezou-tech-site",
                  "label": "2024-03-23 post"
                },
                {
                  "url": "https://aws.amazon.com/jp/certification/policies/before-testing/#Exam_pricing",
                  "label": null
                },
                {
                  "url": "https://aws.amazon.com/certification/policies/recertification/",
                  "label": null
                }
              ]
            }""";

    static final String BAD_CURRENCY = """
            {
              "type": "/problems/bad-parameter",
              "title": "Bad parameter",
              "status": 400,
              "detail": "currency must be one of [JPY, USD], not 'EUR'",
              "instance": "/api/v1/recertification",
              "errors": [
                {
                  "parameter": "currency",
                  "in": "query",
                  "message": "must be one of [JPY, USD], not 'EUR'"
                }
              ],
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";

    static final String NO_CRITERIA = """
            {
              "type": "/problems/no-criteria",
              "title": "No criteria known",
              "status": 404,
              "detail": "The data does not know which certifications program 'jp-all-certifications-engineers' required in 2024; GET /api/v1/programs/jp-all-certifications-engineers/years shows requiredCertifications for each year",
              "instance": "/api/v1/recertification",
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";
}
