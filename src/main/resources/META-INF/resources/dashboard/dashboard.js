// The dashboard: reads the certstats API (same origin) and shows its figures, in Japanese or English.
// Plain JavaScript with no library and no build step; every number shown is the API's, formatted only.
"use strict";

(function () {
  const PROGRAM = "jp-all-certifications-engineers";
  const WORDS = {
    en: {
      title: "AWS All Certifications Engineers in figures",
      lead: "The count, how rare it is, and what it costs to earn and keep, each figure with its source.",
      loading: "Loading figures from the API…",
      loaded: "Figures loaded from the API.",
      failed: "The API could not be read: ",
      "counts.heading": "Count by year",
      "counts.caption": "Published count each year",
      year: "Year", name: "Program name", count: "Count", source: "Source",
      evidence: "Evidence",
      grades: { PRIMARY: "primary: the publisher's own page", SECONDARY: "secondary: quoted or reported",
        INFERRED: "inferred: derived (see the source's notes)" },
      unknown: "not published",
      "rarity.heading": "Rarity under each population base",
      rarityCaption: (year, count) => year + ": " + count + " engineers against each base",
      base: "Population base", baseValue: "Base", oneIn: "One in", percent: "Percent",
      "investment.heading": "Investment: earning and keeping the set",
      "cost.list": "All certifications at list price", "cost.vouchers": "With vouchers",
      "cost.saved": "Saved by vouchers",
      "recert.exams": "Exams to pass each cycle", "recert.cycle": "Cycle (years)",
      "recert.list": "Per cycle at list price", "recert.vouchers": "Per cycle with vouchers",
      svg: "The chart as SVG",
      footer: "Every figure comes from the certstats API:", spec: "OpenAPI document",
      alt: {
        counts: "Bar chart of the program's count by year",
        rarity: "Bar chart of the count against each population base",
        cost: "Bar chart of the cost of the set at list price and with vouchers",
        recertification: "Graph of which renewal exam renews which certification"
      },
      money: (digits) => "¥" + digits
    },
    ja: {
      title: "数字で見る AWS 全冠エンジニア",
      lead: "人数、その希少さ、取得と維持にかかる費用。どの数字にも出典を添える。",
      loading: "API から数字を読み込んでいます…",
      loaded: "API から数字を読み込みました。",
      failed: "API を読めませんでした：",
      "counts.heading": "年別の人数",
      "counts.caption": "各年に公表された人数",
      year: "年", name: "プログラム名", count: "人数", source: "出典",
      evidence: "根拠",
      grades: { PRIMARY: "一次：発表元のページ", SECONDARY: "二次：引用・報道", INFERRED: "推定：導出（出典の注記を参照）" },
      unknown: "公表なし",
      "rarity.heading": "母集団ごとの希少さ",
      rarityCaption: (year, count) => year + "年：" + count + "人を各母集団と比べる",
      base: "母集団", baseValue: "母数", oneIn: "何人に1人", percent: "割合",
      "investment.heading": "投資：全冠の取得と維持",
      "cost.list": "全資格を定価で", "cost.vouchers": "バウチャー利用", "cost.saved": "バウチャーによる節約",
      "recert.exams": "各サイクルで受ける試験", "recert.cycle": "サイクル（年）",
      "recert.list": "1サイクルあたり（定価）", "recert.vouchers": "1サイクルあたり（バウチャー利用）",
      svg: "SVG のチャート",
      footer: "数字はすべて certstats API から：", spec: "OpenAPI 文書",
      alt: {
        counts: "年別の人数の棒グラフ",
        rarity: "母集団ごとの希少さの棒グラフ",
        cost: "定価とバウチャー利用の費用の棒グラフ",
        recertification: "どの試験がどの資格を更新するかのグラフ"
      },
      money: (digits) => digits + "円"
    }
  };
  const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
  let language = "en";
  let data = null;

  function pickLanguage() {
    const asked = new URLSearchParams(window.location.search).get("lang");
    if (asked === "ja" || asked === "en") {
      return asked;
    }
    const preferred = (navigator.languages || [navigator.language || "en"])
      .map((tag) => String(tag).toLowerCase().split("-")[0]).find((tag) => tag === "ja" || tag === "en");
    return preferred || "en";
  }

  async function read(path) {
    const answer = await fetch(path, { headers: { Accept: "application/json" } });
    if (!answer.ok) {
      throw new Error(path + " answered " + answer.status);
    }
    return answer.json();
  }

  function element(name, attributes, text) {
    const made = document.createElement(name);
    Object.entries(attributes || {}).forEach(([key, value]) => made.setAttribute(key, value));
    if (text !== undefined) {
      made.textContent = text;
    }
    return made;
  }

  function sourceLinks(links) {
    const cell = document.createDocumentFragment();
    (links || []).forEach((link, index) => {
      if (index > 0) {
        cell.append(" ");
      }
      cell.append(element("a", { href: link.url }, link.url));
    });
    return cell;
  }

  // How direct a figure's evidence is (the API's grade; a rarity carries the weaker of its two figures'); a
  // year without a published count has no figure to grade, so it shows a dash.
  function evidence(words, name, grade) {
    return element("td", { "data-figure": name, "data-value": grade || "" }, grade ? words.grades[grade] : "—");
  }

  function money(amount) {
    return WORDS[language].money(integer.format(amount));
  }

  function setFigure(name, text, value) {
    const target = document.querySelector('[data-figure="' + name + '"]');
    target.textContent = text;
    target.setAttribute("data-value", String(value));
  }

  function render() {
    const words = WORDS[language];
    document.documentElement.lang = language;
    document.querySelectorAll("[data-i18n]").forEach((node) => {
      const text = words[node.getAttribute("data-i18n")];
      if (typeof text === "string") {
        node.textContent = text;
      }
    });
    document.title = words.title + " · certstats";
    document.querySelectorAll("button[data-lang]").forEach((button) =>
      button.setAttribute("aria-pressed", String(button.getAttribute("data-lang") === language)));
    document.querySelectorAll("img[data-chart]").forEach((image) => {
      const chart = image.getAttribute("data-chart");
      image.src = "/api/v1/charts/" + chart + "?lang=" + language;
      image.alt = words.alt[chart];
    });
    document.querySelectorAll("a[data-chart-link]").forEach((link) => {
      link.href = "/api/v1/charts/" + link.getAttribute("data-chart-link") + "?lang=" + language;
    });
    if (data) {
      renderFigures(words);
    }
  }

  function renderFigures(words) {
    const counts = document.querySelector("#counts-table tbody");
    counts.replaceChildren(...data.years.items.map((year) => {
      const row = element("tr", { "data-year": String(year.year) });
      row.append(element("td", {}, String(year.year)), element("td", {}, year.name));
      const count = element("td", { class: "number", "data-figure": "count-" + year.year },
        year.count === null ? words.unknown : integer.format(year.count));
      count.setAttribute("data-value", year.count === null ? "" : String(year.count));
      const source = element("td");
      source.append(sourceLinks(year.source.links));
      row.append(count, evidence(words, "grade-" + year.year, year.count === null ? null : year.source.grade), source);
      return row;
    }));

    const matrix = data.matrix;
    const latest = matrix.years[matrix.years.length - 1];
    document.getElementById("rarity-caption").textContent = latest
      ? words.rarityCaption(latest.year, integer.format(latest.count)) : "";
    const rarity = document.querySelector("#rarity-table tbody");
    rarity.replaceChildren(...matrix.cells.filter((cell) => latest && cell.year === latest.year).map((cell) => {
      const base = matrix.populations.find((p) => p.slug === cell.population);
      const row = element("tr", { "data-population": cell.population });
      const oneIn = element("td", { class: "number", "data-figure": "one-in-" + cell.population },
        cell.oneIn === null ? "—" : integer.format(Math.round(cell.oneIn)));
      oneIn.setAttribute("data-value", String(cell.oneIn));
      const source = element("td");
      source.append(sourceLinks(base.source.links));
      row.append(element("td", {}, base.description),
        element("td", { class: "number", "data-figure": "base-" + cell.population }, integer.format(cell.base)),
        oneIn, element("td", { class: "number" }, decimal.format(cell.percent) + "%"),
        evidence(words, "grade-" + cell.population, cell.grade), source);
      return row;
    }));

    const cost = data.cost;
    setFigure("cost-list", money(cost.listPrice.totals.total), cost.listPrice.totals.total);
    setFigure("cost-vouchers", money(cost.withVouchers.totals.total), cost.withVouchers.totals.total);
    setFigure("cost-saved", money(cost.savedByVouchers), cost.savedByVouchers);
    document.getElementById("cost-sources").replaceChildren(...cost.sources.map((link) => {
      const item = element("li");
      item.append(sourceLinks([link]));
      return item;
    }));

    const plan = data.plan;
    setFigure("recert-exams", plan.renewalExams.join(", "), plan.renewalExams.join(","));
    setFigure("recert-cycle", String(plan.cycleYears), plan.cycleYears);
    setFigure("recert-list", money(plan.listPrice.totals.total), plan.listPrice.totals.total);
    setFigure("recert-vouchers", money(plan.withVouchers.totals.total), plan.withVouchers.totals.total);
    document.getElementById("recertification-sources").replaceChildren(...plan.sources.map((link) => {
      const item = element("li");
      item.append(sourceLinks([link]));
      return item;
    }));
  }

  async function load() {
    const status = document.getElementById("status");
    try {
      const [years, matrix, plan] = await Promise.all([
        read("/api/v1/programs/" + PROGRAM + "/years?size=100"),
        read("/api/v1/rarity/matrix?program=" + PROGRAM),
        read("/api/v1/recertification?program=" + PROGRAM)
      ]);
      // the cost of the same program year the recertification plan keeps (the latest with known criteria)
      const cost = await read("/api/v1/programs/" + PROGRAM + "/years/" + plan.year + "/cost");
      data = { years, matrix, plan, cost };
      status.setAttribute("data-i18n", "loaded");
      document.body.setAttribute("data-loaded", "true");
    } catch (failure) {
      status.removeAttribute("data-i18n");
      status.textContent = WORDS[language].failed + failure.message;
    }
    render();
  }

  document.addEventListener("DOMContentLoaded", () => {
    language = pickLanguage();
    document.querySelectorAll("button[data-lang]").forEach((button) => button.addEventListener("click", () => {
      language = button.getAttribute("data-lang");
      const url = new URL(window.location.href);
      url.searchParams.set("lang", language);
      window.history.replaceState(null, "", url);
      render();
    }));
    render();
    load();
  });
})();
