def test_fetched_html_is_shown_escaped_with_the_hidden_part_marked(client, make_infected,
                                                                   agency_a, secretariat):
    incident = make_infected(agency_a)
    client.force_login(secretariat)
    html = client.get(incident.get_absolute_url()).content.decode()
    assert "<script>alert('pwned')</script>" not in html
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in html
    assert '<mark>&lt;div style=&quot;display:none&quot;&gt;' in html
    assert "ข่าวประชาสัมพันธ์" in html  # the context around the evidence
    assert "สิ่งที่ควรทำ" in html
