"""Panel agreement in the published files' words: the sentence, the details line, the per-expert table."""

from __future__ import annotations

from top10_panel.domain.agreement import MAX_LISTED, Agreement

from .labels import label


def agreement_sentence(found: Agreement, language: str) -> str:
    """e.g. 专家意见协调程度较高（W = 0.62，χ² = 45.3，df = 9，p < 0.01）."""
    if found.w is None or found.chi2 is None:
        return label("agreement_undefined", language)
    return label("agreement_line", language).format(
        band=label(f"band_{found.band}", language),
        w=f"{float(found.w):.3f}",
        chi2=f"{float(found.chi2):.2f}",
        df=found.df,
        p=found.significance,
    )


def agreement_details(found: Agreement, language: str) -> str:
    rate = found.response_rate
    return label("agreement_details", language).format(
        k=found.experts,
        n=found.candidates,
        ties=found.ties,
        unranked=found.unranked,
        recused=found.recused,
        rate="—" if rate is None else f"{found.returned}/{found.invited} = {float(rate):.2f}",
    )


def spearman_text(rho: float | None) -> str:
    return "—" if rho is None else f"{rho:.3f}"


def omitted(found: Agreement, language: str) -> str:
    """Why no per-expert table is shown ('' when it is)."""
    if found.by_expert or not found.experts:
        return ""
    return label("agreement_experts_omitted", language).format(n=MAX_LISTED)
