from django.contrib.auth.models import AnonymousUser

from pcio.lib import permissions


class Record:
    def __init__(self, agency_id, published=True):
        self.owner_agency_id = agency_id
        self.published = published

    def is_published(self):
        return self.published


def test_the_secretariat_edits_everything(secretariat, agency_b):
    assert permissions.can_edit(secretariat, Record(agency_b.pk))
    assert permissions.can_read(secretariat, Record(agency_b.pk, published=False))


def test_an_officer_edits_only_their_own_agencys_records(officer_a, agency_a, agency_b):
    assert permissions.can_edit(officer_a, Record(agency_a.pk))
    assert not permissions.can_edit(officer_a, Record(agency_b.pk))
    assert permissions.can_edit(officer_a, agency_a)
    assert not permissions.can_edit(officer_a, agency_b)


def test_an_officer_reads_unpublished_records_only_of_their_own_agency(officer_a, agency_a,
                                                                      agency_b):
    assert permissions.can_read(officer_a, Record(agency_a.pk, published=False))
    assert not permissions.can_read(officer_a, Record(agency_b.pk, published=False))


def test_a_committee_member_reads_everything_and_edits_nothing(committee_member, agency_a):
    assert permissions.can_read(committee_member, Record(agency_a.pk, published=False))
    assert not permissions.can_edit(committee_member, Record(agency_a.pk))


def test_the_public_reads_only_published_records(agency_a):
    anonymous = AnonymousUser()
    assert permissions.can_read(anonymous, Record(agency_a.pk))
    assert not permissions.can_read(anonymous, Record(agency_a.pk, published=False))
    assert not permissions.can_edit(anonymous, Record(agency_a.pk))


def test_an_officer_without_an_agency_edits_nothing(make_user):
    officer = make_user("loose", permissions.OFFICER, agency=None)
    assert not permissions.can_edit(officer, Record(None))
    assert not permissions.can_create_for(officer, None)


def test_a_new_superuser_gets_the_admin_role(django_user_model):
    user = django_user_model.objects.create_superuser("root", password="x" * 12)
    assert user.profile.role == permissions.ADMIN
