"""The practical guide 《劳动争议小额诉讼程序实用指南》 and its one-page leaflet, from ``guides/``."""
