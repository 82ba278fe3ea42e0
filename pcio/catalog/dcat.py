"""DCAT-AP 3 export of the catalog and its datasets (rdflib), valid against the official
DCAT-AP 3.0.0 SHACL shapes. `base` is the site's absolute root URL."""

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from pcio.catalog import schema

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority/"
FREQUENCY = {"ปี": "ANNUAL", "ครึ่งปี": "ANNUAL_2", "ไตรมาส": "QUARTERLY", "เดือน": "MONTHLY",
             "สัปดาห์": "WEEKLY", "วัน": "DAILY", "วันทำการ": "DAILY", "ชั่วโมง": "HOURLY",
             "นาที": "CONT", "ตามเวลาจริง": "CONT",
             "ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล": "NEVER", "อื่นๆ": "OTHER"}
LANGUAGE = {"ไทย": "THA", "อังกฤษ": "ENG", "จีน": "ZHO", "มลายู": "MSA", "พม่า": "MYA",
            "ลาว": "LAO", "เขมร": "KHM", "ญี่ปุ่น": "JPN", "เกาหลี": "KOR", "ฝรั่งเศส": "FRA",
            "เยอรมัน": "DEU", "อารบิก": "ARA"}
FILE_TYPE = {"CSV": "CSV", "XLSX": "XLSX", "XLS": "XLS", "JSON": "JSON", "XML": "XML",
             "PDF": "PDF", "DOC": "DOC", "DOCX": "DOCX", "GEOJSON": "GEOJSON", "KML": "KML",
             "SHP": "SHP", "ZIP": "ZIP", "HTML": "HTML", "TXT": "TXT", "RDF": "RDF_XML",
             "API": "REST", "ODS": "ODS", "TIFF": "TIFF", "GEOTIFF": "TIFF"}
FORMATS = {"turtle": ("turtle", "text/turtle", "ttl"),
           "jsonld": ("json-ld", "application/ld+json", "jsonld"),
           "rdf": ("xml", "application/rdf+xml", "rdf")}


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("vcard", VCARD),
                       ("skos", SKOS)):
        graph.bind(prefix, ns)
    return graph


def _typed(graph, uri, kind):
    node = URIRef(uri)
    graph.add((node, RDF.type, kind))
    return node


def _resource(graph, uri):
    return _typed(graph, uri, RDFS.Resource)


def catalog_graph(datasets, base, title, publisher_name) -> Graph:
    graph = new_graph()
    catalog = _typed(graph, f"{base}/catalog/dcat.ttl#catalog", DCAT.Catalog)
    graph.add((catalog, DCTERMS.title, Literal(title, lang="th")))
    graph.add((catalog, DCTERMS.description, Literal(
        "บัญชีข้อมูลของหน่วยงานในจังหวัด จัดทำโดยคณะกรรมการธรรมาภิบาลข้อมูลภาครัฐจังหวัด",
        lang="th")))
    publisher = _typed(graph, f"{base}/#publisher", FOAF.Agent)
    graph.add((publisher, FOAF.name, Literal(publisher_name, lang="th")))
    graph.add((catalog, DCTERMS.publisher, publisher))
    graph.add((catalog, FOAF.homepage, _typed(graph, f"{base}/catalog/", FOAF.Document)))
    for dataset in datasets:
        graph.add((catalog, DCAT.dataset, add_dataset(graph, dataset, base)))
    return graph


def dataset_graph(dataset, base) -> Graph:
    graph = new_graph()
    add_dataset(graph, dataset, base)
    return graph


def add_dataset(graph, dataset, base):
    node = _typed(graph, base + dataset.get_absolute_url(), DCAT.Dataset)
    add = graph.add
    add((node, DCTERMS.identifier, Literal(str(dataset.uid))))
    add((node, DCTERMS.title, Literal(dataset.title, lang="th")))
    add((node, DCTERMS.description, Literal(dataset.notes or dataset.title, lang="th")))
    for tag in dataset.tags:
        add((node, DCAT.keyword, Literal(tag, lang="th")))
    add((node, DCTERMS.modified, Literal(dataset.modified.isoformat(), datatype=XSD.dateTime)))
    add((node, DCTERMS.issued, Literal(dataset.created.isoformat(), datatype=XSD.dateTime)))
    add((node, DCTERMS.publisher, _agency(graph, dataset.organization, base)))
    _contact(graph, node, dataset)
    _vocabularies(graph, node, dataset)
    for group in dataset.groups.all():
        add((node, DCAT.theme, _theme(graph, group, base)))
    for resource in dataset.resources.all():
        add((node, DCAT.distribution, _distribution(graph, resource, dataset, base)))
    return node


def _agency(graph, agency, base):
    node = _typed(graph, base + agency.get_absolute_url(), FOAF.Agent)
    graph.add((node, FOAF.name, Literal(agency.name_th, lang="th")))
    return node


def _contact(graph, node, dataset):
    extras = dataset.extras
    if not (extras.get("maintainer") or extras.get("maintainer_email")):
        return
    contact = BNode()
    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((contact, RDF.type, VCARD.Kind))  # the shapes check the class without inference
    name = extras.get("maintainer") or dataset.organization.name_th
    graph.add((contact, VCARD.fn, Literal(name)))
    email = extras.get("maintainer_email")
    if email:
        graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{email}")))
    graph.add((node, DCAT.contactPoint, contact))


def _vocabularies(graph, node, dataset):
    extras = dataset.extras
    code = FREQUENCY.get(extras.get("update_frequency_unit"))
    if code:
        graph.add((node, DCTERMS.accrualPeriodicity,
                   _typed(graph, f"{EU}frequency/{code}", DCTERMS.Frequency)))
    for language in extras.get("data_language") or []:
        if language in LANGUAGE:
            graph.add((node, DCTERMS.language, _typed(
                graph, f"{EU}language/{LANGUAGE[language]}", DCTERMS.LinguisticSystem)))
    rights = "PUBLIC" if dataset.is_published() else (
        "NON_PUBLIC" if dataset.is_secret() else "RESTRICTED")
    graph.add((node, DCTERMS.accessRights,
               _typed(graph, f"{EU}access-right/{rights}", DCTERMS.RightsStatement)))


def _theme(graph, group, base):
    scheme = _typed(graph, f"{base}/catalog/groups", SKOS.ConceptScheme)
    graph.add((scheme, DCTERMS.title, Literal("กลุ่มชุดข้อมูล GD Catalog", lang="th")))
    concept = _typed(graph, f"{base}/catalog/?groups={group.name}", SKOS.Concept)
    graph.add((concept, SKOS.prefLabel, Literal(group.title, lang="th")))
    graph.add((concept, SKOS.inScheme, scheme))
    return concept


def _distribution(graph, resource, dataset, base):
    node = _typed(graph, f"{base}{dataset.get_absolute_url()}#resource-{resource.uid}",
                  DCAT.Distribution)
    url = resource.download_url()
    url = url if url.startswith("http") else base + url
    graph.add((node, DCAT.accessURL, _resource(graph, url)))
    if resource.upload:
        graph.add((node, DCAT.downloadURL, _resource(graph, url)))
        graph.add((node, DCAT.byteSize, Literal(resource.size or 0,
                                                datatype=XSD.nonNegativeInteger)))
    graph.add((node, DCTERMS.title, Literal(resource.name, lang="th")))
    if resource.description:
        graph.add((node, DCTERMS.description, Literal(resource.description, lang="th")))
    code = FILE_TYPE.get(resource.format.upper())
    if code:
        graph.add((node, DCTERMS.format,
                   _typed(graph, f"{EU}file-type/{code}", DCTERMS.MediaTypeOrExtent)))
    license = schema.licenses().get(dataset.license_id, {})
    if license.get("url"):
        graph.add((node, DCTERMS.license,
                   _typed(graph, license["url"], DCTERMS.LicenseDocument)))
    graph.add((node, DCTERMS.modified,
               Literal(resource.modified.isoformat(), datatype=XSD.dateTime)))
    return node


def serialize(graph, fmt) -> tuple:
    """(bytes, content type, file extension) for fmt turtle / jsonld / rdf."""
    name, content_type, ext = FORMATS[fmt]
    return graph.serialize(format=name, encoding="utf-8"), content_type, ext
