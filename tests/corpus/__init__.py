"""A generated corpus of KPI and 事業費 documents whose true values are known by construction."""
