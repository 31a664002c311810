package io.certstats.cost;

/** Example payloads for the spec: real answers of the API over the seed data, with long lists on one line. */
final class CostExamples {

    private CostExamples() {
    }

    static final String COST = """
            {
              "program": "jp-all-certifications-engineers",
              "year": 2025,
              "currency": "JPY",
              "taxIncluded": true,
              "pricesOn": "2025-01-01",
              "listPrice": {
                "totals": {
                  "exams": 12,
                  "fees": 330000,
                  "discounts": 0,
                  "net": 330000,
                  "tax": 33000,
                  "total": 363000
                },
                "byLevel": [
                  {"level":"FOUNDATIONAL","totals":{"exams":2,"fees":30000,"discounts":0,"net":30000,"tax":3000,"total":33000}},
                  {"level":"ASSOCIATE","totals":{"exams":5,"fees":100000,"discounts":0,"net":100000,"tax":10000,"total":110000}},
                  {"level":"PROFESSIONAL","totals":{"exams":2,"fees":80000,"discounts":0,"net":80000,"tax":8000,"total":88000}},
                  {"level":"SPECIALTY","totals":{"exams":3,"fees":120000,"discounts":0,"net":120000,"tax":12000,"total":132000}}
                ],
                "exams": [
                  {"order":1,"certification":"AIF","slug":"ai-practitioner","level":"FOUNDATIONAL","voucherFrom":null,"fee":15000,"discount":0,"net":15000,"taxPercent":10,"tax":1500,"total":16500},
                  {"order":2,"certification":"ANS","slug":"advanced-networking-specialty","level":"SPECIALTY","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":10,"tax":4000,"total":44000},
                  {"order":3,"certification":"CLF","slug":"cloud-practitioner","level":"FOUNDATIONAL","voucherFrom":null,"fee":15000,"discount":0,"net":15000,"taxPercent":10,"tax":1500,"total":16500},
                  {"order":4,"certification":"DEA","slug":"data-engineer-associate","level":"ASSOCIATE","voucherFrom":null,"fee":20000,"discount":0,"net":20000,"taxPercent":10,"tax":2000,"total":22000},
                  {"order":5,"certification":"DOP","slug":"devops-engineer-professional","level":"PROFESSIONAL","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":10,"tax":4000,"total":44000},
                  {"order":6,"certification":"DVA","slug":"developer-associate","level":"ASSOCIATE","voucherFrom":null,"fee":20000,"discount":0,"net":20000,"taxPercent":10,"tax":2000,"total":22000},
                  {"order":7,"certification":"MLA","slug":"machine-learning-engineer-associate","level":"ASSOCIATE","voucherFrom":null,"fee":20000,"discount":0,"net":20000,"taxPercent":10,"tax":2000,"total":22000},
                  {"order":8,"certification":"MLS","slug":"machine-learning-specialty","level":"SPECIALTY","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":10,"tax":4000,"total":44000},
                  {"order":9,"certification":"SAA","slug":"solutions-architect-associate","level":"ASSOCIATE","voucherFrom":null,"fee":20000,"discount":0,"net":20000,"taxPercent":10,"tax":2000,"total":22000},
                  {"order":10,"certification":"SAP","slug":"solutions-architect-professional","level":"PROFESSIONAL","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":10,"tax":4000,"total":44000},
                  {"order":11,"certification":"SCS","slug":"security-specialty","level":"SPECIALTY","voucherFrom":null,"fee":40000,"discount":0,"net":40000,"taxPercent":10,"tax":4000,"total":44000},
                  {"order":12,"certification":"SOA","slug":"cloudops-engineer-associate","level":"ASSOCIATE","voucherFrom":null,"fee":20000,"discount":0,"net":20000,"taxPercent":10,"tax":2000,"total":22000}
                ]
              },
              "withVouchers": {
                "totals": {
                  "exams": 12,
                  "fees": 330000,
                  "discounts": 157500,
                  "net": 172500,
                  "tax": 17250,
                  "total": 189750
                },
                "byLevel": [
                  {"level":"FOUNDATIONAL","totals":{"exams":2,"fees":30000,"discounts":7500,"net":22500,"tax":2250,"total":24750}},
                  {"level":"ASSOCIATE","totals":{"exams":5,"fees":100000,"discounts":50000,"net":50000,"tax":5000,"total":55000}},
                  {"level":"PROFESSIONAL","totals":{"exams":2,"fees":80000,"discounts":40000,"net":40000,"tax":4000,"total":44000}},
                  {"level":"SPECIALTY","totals":{"exams":3,"fees":120000,"discounts":60000,"net":60000,"tax":6000,"total":66000}}
                ],
                "exams": [
                  {"order":1,"certification":"AIF","slug":"ai-practitioner","level":"FOUNDATIONAL","voucherFrom":null,"fee":15000,"discount":0,"net":15000,"taxPercent":10,"tax":1500,"total":16500},
                  {"order":2,"certification":"CLF","slug":"cloud-practitioner","level":"FOUNDATIONAL","voucherFrom":"AIF","fee":15000,"discount":7500,"net":7500,"taxPercent":10,"tax":750,"total":8250},
                  {"order":3,"certification":"DEA","slug":"data-engineer-associate","level":"ASSOCIATE","voucherFrom":"CLF","fee":20000,"discount":10000,"net":10000,"taxPercent":10,"tax":1000,"total":11000},
                  {"order":4,"certification":"DVA","slug":"developer-associate","level":"ASSOCIATE","voucherFrom":"DEA","fee":20000,"discount":10000,"net":10000,"taxPercent":10,"tax":1000,"total":11000},
                  {"order":5,"certification":"MLA","slug":"machine-learning-engineer-associate","level":"ASSOCIATE","voucherFrom":"DVA","fee":20000,"discount":10000,"net":10000,"taxPercent":10,"tax":1000,"total":11000},
                  {"order":6,"certification":"SAA","slug":"solutions-architect-associate","level":"ASSOCIATE","voucherFrom":"MLA","fee":20000,"discount":10000,"net":10000,"taxPercent":10,"tax":1000,"total":11000},
                  {"order":7,"certification":"SOA","slug":"cloudops-engineer-associate","level":"ASSOCIATE","voucherFrom":"SAA","fee":20000,"discount":10000,"net":10000,"taxPercent":10,"tax":1000,"total":11000},
                  {"order":8,"certification":"DOP","slug":"devops-engineer-professional","level":"PROFESSIONAL","voucherFrom":"SOA","fee":40000,"discount":20000,"net":20000,"taxPercent":10,"tax":2000,"total":22000},
                  {"order":9,"certification":"SAP","slug":"solutions-architect-professional","level":"PROFESSIONAL","voucherFrom":"DOP","fee":40000,"discount":20000,"net":20000,"taxPercent":10,"tax":2000,"total":22000},
                  {"order":10,"certification":"ANS","slug":"advanced-networking-specialty","level":"SPECIALTY","voucherFrom":"SAP","fee":40000,"discount":20000,"net":20000,"taxPercent":10,"tax":2000,"total":22000},
                  {"order":11,"certification":"MLS","slug":"machine-learning-specialty","level":"SPECIALTY","voucherFrom":"ANS","fee":40000,"discount":20000,"net":20000,"taxPercent":10,"tax":2000,"total":22000},
                  {"order":12,"certification":"SCS","slug":"security-specialty","level":"SPECIALTY","voucherFrom":"MLS","fee":40000,"discount":20000,"net":20000,"taxPercent":10,"tax":2000,"total":22000}
                ]
              },
              "savedByVouchers": 173250,
              "assumptions": [
                "Prices are the fees in force on 2025-01-01, from exam-fees.csv, per level.",
                "Every exam is passed at the first attempt: no failed attempts.",
                "Each pass grants one voucher for 50 % off one later exam; vouchers are used as soon as available, each before it expires (3 years). The cheapest exam is paid in full, each later one with the voucher of the pass before it.",
                "A voucher's discount is rounded half up to the currency's smallest unit (yen, cent).",
                "Consumption tax is charged on the price after the voucher, exam by exam, with fractions of a yen dropped."
              ],
              "sources": [
                {
                  "url": "https://github.com/mamezou-tech/mamezou-tech-site",
                  "label": "2024-03-23 post"
                },
                {
                  "url": "https://aws.amazon.com/jp/certification/policies/before-testing/#Exam_pricing",
                  "label": null
                },
                {
                  "url": "https://github.com/dodonki1223/articles",
                  "label": null
                },
                {
                  "url": "https://aws.amazon.com/certification/policies/recertification/",
                  "label": null
                }
              ]
            }""";

    static final String USD_WITH_TAX = """
            {
              "type": "/problems/bad-parameter",
              "title": "Bad parameter",
              "status": 400,
              "detail": "tax is known only for JPY (Japan's consumption tax); use tax=false with USD",
              "instance": "/api/v1/programs/jp-all-certifications-engineers/years/2025/cost",
              "errors": [
                {
                  "parameter": "tax",
                  "in": "query",
                  "message": "is known only for JPY (Japan's consumption tax); use tax=false with USD"
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
              "instance": "/api/v1/programs/jp-all-certifications-engineers/years/2024/cost",
              "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"
            }""";
}
