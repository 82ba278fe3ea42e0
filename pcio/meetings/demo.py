"""Nong Khai's PCIO meeting 1/2568 rebuilt from its agenda, and the meeting before it.

The agenda text is the seed document's, spelled correctly. Committee members and the content
of meeting 1/2567 beyond its date and page count are invented: marked as sample data.
"""

from datetime import date, datetime, time

from django.utils import timezone

from pcio.agencies.models import Agency
from pcio.meetings import issuing, services
from pcio.meetings.models import (
    ActionItem,
    ActionStatus,
    Attachment,
    Attendance,
    Committee,
    Item,
    Meeting,
    Member,
    Role,
    Section,
)

PCIO_NAME = ("คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด "
             "(Provincial Chief Information Officer Committee: PCIO) จังหวัดหนองคาย")
DGC_NAME = "คณะกรรมการธรรมาภิบาลข้อมูลภาครัฐ (Data Governance Council) จังหวัดหนองคาย"
VENUE = "ห้องประชุมพระใส ชั้น 2 ศาลากลางจังหวัดหนองคาย"
PO, NSO = "สำนักงานจังหวัดหนองคาย", "สำนักงานสถิติจังหวัดหนองคาย"
SAMPLE = " (ข้อมูลตัวอย่าง)"
# name, position, agency code, role: the positions are the usual ones; the people are samples
MEMBERS = [
    ("ผู้ว่าราชการจังหวัดหนองคาย", "ผู้ว่าราชการจังหวัดหนองคาย", "PO-NK", Role.CHAIR),
    ("รองผู้ว่าราชการจังหวัดหนองคาย", "รองผู้ว่าราชการจังหวัดหนองคาย", "PO-NK", Role.VICE_CHAIR),
    ("สถิติจังหวัดหนองคาย", "สถิติจังหวัดหนองคาย", "NSO-NK", Role.MEMBER),
    ("ผู้จัดการส่วนบริการลูกค้าจังหวัดหนองคาย", "บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)",
     "NT-NK", Role.MEMBER),
    ("นายกองค์การบริหารส่วนจังหวัดหนองคาย", "องค์การบริหารส่วนจังหวัดหนองคาย", "PAO-NK",
     Role.MEMBER),
    ("หัวหน้าสำนักงานจังหวัดหนองคาย", "หัวหน้าสำนักงานจังหวัดหนองคาย", "PO-NK", Role.SECRETARY),
    ("หัวหน้ากลุ่มงานข้อมูลสารสนเทศและการสื่อสาร", "สำนักงานจังหวัดหนองคาย", "PO-NK",
     Role.ASSISTANT),
]  # fmt: skip

CHAIR_TEXT = (
    "จังหวัดหนองคายได้มีคำสั่งแต่งตั้งคณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด "
    "(Provincial Chief Information Officer Committee : PCIO) จังหวัดหนองคาย เพื่อเป็นกลไก"
    "ในการกำหนดแนวทางการนำเทคโนโลยีดิจิทัลและนวัตกรรมมาปรับใช้ในการบริหารจัดการ ตลอดจนประสาน "
    "ส่งเสริม และสนับสนุนการปรับเปลี่ยนหน่วยงานภาครัฐเป็นรัฐบาลดิจิทัลและการพัฒนาเมืองอัจฉริยะ"
)
ITEM_31 = """สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ได้แจ้งผลการสำรวจระดับความพร้อมการพัฒนารัฐบาลดิจิทัลของหน่วยงานภาครัฐ ประจำปี 2567 ของจังหวัดหนองคาย มีคะแนนรวม 70.93 คะแนน ซึ่งสูงกว่าคะแนนเฉลี่ยระดับจังหวัดที่ 53.81 คะแนน โดยมีระดับความพร้อมรัฐบาลดิจิทัลที่อยู่ในระดับ 3 ขึ้นไป จำนวน 6 Pillar
[[readiness.comparison year=2567]]
จังหวัดหนองคาย มีคะแนนรวม 70.93 คะแนน ซึ่งสูงกว่าคะแนนเฉลี่ยจังหวัด สูงขึ้น 31.15 คะแนน เมื่อเทียบกับปี 2566 ในขณะที่ระดับความพร้อมการพัฒนาด้านดิจิทัลของจังหวัดหนองคายอยู่ระดับที่ 3 Defined โดยตัวชี้วัดที่โดดเด่นที่สุด คือ Pillar 1: Policies and Practices ลำดับถัดมาคือ Pillar 5: Smart Back Office และตัวชี้วัดที่มีคะแนนต่ำสุด คือ Pillar 2: Data-Driven Practices ทั้งนี้ ภาพรวมคะแนนอยู่ลำดับที่ 7 ของประเทศ
[[readiness.overview year=2567]]"""  # noqa: E501
ITEM_32 = """สำนักงานคณะกรรมการพัฒนาระบบราชการ หรือ ก.พ.ร. กำหนดตัวชี้วัดตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของจังหวัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ในการพัฒนาองค์กรสู่ดิจิทัล โดยมีตัวชี้วัดเรื่องระดับความพร้อมรัฐบาลดิจิทัลหน่วยงานภาครัฐของประเทศไทยของจังหวัด น้ำหนักร้อยละ 10 ดังนี้
1) ระดับความพร้อมรัฐบาลดิจิทัลหน่วยงานภาครัฐ (7 Pillar) น้ำหนักร้อยละ 5
2) คะแนนความพร้อมรัฐบาลดิจิทัลหน่วยงานภาครัฐ น้ำหนักร้อยละ 5
[[readiness.kpi_targets year=2567]]"""  # noqa: E501
ITEM_33 = """จังหวัดหนองคายได้มีคำสั่ง ที่ 1856/2568 เรื่อง แต่งตั้งคณะกรรมการธรรมาภิบาลข้อมูลภาครัฐ (Data Governance Council) จังหวัดหนองคาย โดยมีอำนาจและหน้าที่สรุปได้ ดังนี้
(1) กำหนดนโยบาย กรอบแนวทาง มาตรฐานข้อมูล และทิศทางการดำเนินงานด้านธรรมาภิบาลข้อมูลภาครัฐของจังหวัดหนองคาย ให้สอดคล้องกับประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล เรื่อง ธรรมาภิบาลข้อมูลภาครัฐ
(2) กำหนดหลักเกณฑ์พิจารณาการเปิดเผยข้อมูลภาครัฐของจังหวัดหนองคายในรูปแบบดิจิทัลต่อสาธารณะ ให้สอดคล้องกับประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล เรื่อง มาตรฐานหลักเกณฑ์การเปิดเผยข้อมูลภาครัฐในรูปแบบดิจิทัลต่อสาธารณะ โดยจังหวัดหนองคายได้มีหนังสือแจ้งประกาศดังกล่าว ให้หน่วยงานในจังหวัดทราบและถือปฏิบัติแล้ว (หนังสือจังหวัดหนองคาย ที่ นค 0017.2/ว 15820 ลงวันที่ 11 พฤศจิกายน 2567)
(3) กำกับ และติดตามการกำหนดมาตรฐานการควบคุมและพัฒนาคุณภาพข้อมูล เพื่อให้ข้อมูลมีความถูกต้อง ครบถ้วน เป็นปัจจุบัน มั่นคงปลอดภัย และไม่ถูกละเมิดความเป็นส่วนบุคคล รวมทั้งสามารถเชื่อมโยง แลกเปลี่ยน บูรณาการ และใช้ประโยชน์ได้อย่างมีประสิทธิภาพ
(4) กำกับ และติดตามการวัดผลการบริหารจัดการข้อมูล ประกอบด้วยการประเมินความพร้อมของธรรมาภิบาลข้อมูล การประเมินคุณภาพข้อมูล และการประเมินความมั่นคงปลอดภัยของข้อมูล
(5) จัดให้มีการจำแนกหมวดหมู่ของข้อมูล กำหนดและจัดประเภทชั้นความลับของชุดข้อมูลให้เป็นไปตามกฎหมายกำหนด โดยพิจารณาถึงการคุ้มครองข้อมูลส่วนบุคคลเป็นสำคัญ
(6) จัดทำบัญชีข้อมูล (Data Catalog) ที่ประกอบด้วยพจนานุกรมข้อมูล (Data Dictionary) และคำอธิบายชุดข้อมูลหรือเมทาดาตา (Metadata) ของหน่วยงานให้ถูกต้อง ครบถ้วน เป็นปัจจุบัน และสอดคล้องกับความต้องการของผู้มีส่วนได้ส่วนเสียกับข้อมูล
(7) ปฏิบัติหน้าที่อื่นที่เกี่ยวข้องกับการดำเนินงานด้านธรรมาภิบาลข้อมูลตามที่ได้รับมอบหมาย"""  # noqa: E501
ITEM_34 = "[[catalog.summary]]"
ITEM_35 = """สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (สกมช.) ร่วมกับ มหาวิทยาลัยเทคโนโลยีราชมงคลล้านนา จัดโครงการ “Government Cyber Safe เพื่อเฝ้าระวังและปกป้องเว็บไซต์ภาครัฐให้ปลอดโฆษณาเว็บพนัน” ให้กับหน่วยงานควบคุมหรือกำกับดูแล หน่วยงานโครงสร้างพื้นฐานสำคัญทางสารสนเทศ และหน่วยงานภาครัฐอื่น ๆ โดยหน่วยงานที่เข้าร่วมโครงการจะได้ใช้บริการระบบตรวจจับการโจมตีด้วยการฝังเว็บไซต์พนันออนไลน์บนเว็บไซต์ของหน่วยงาน (Website Gambling) และได้รับการแจ้งเตือนเหตุการณ์โจมตีอย่างรวดเร็ว
จังหวัดหนองคายได้มีหนังสือ ด่วนที่สุด ที่ นค 0017.2/ว 3955 ลงวันที่ 24 มีนาคม 2568 เรื่อง ขอเชิญเข้าร่วมโครงการ “Government Cyber Safe เพื่อเฝ้าระวังและปกป้องเว็บไซต์ภาครัฐให้ปลอดโฆษณาเว็บพนัน” แจ้งให้ส่วนราชการ หน่วยงานรัฐวิสาหกิจ อำเภอทุกอำเภอ และ อปท. ในพื้นที่จังหวัดหนองคาย สมัครเข้าร่วมโครงการดังกล่าว เพื่อป้องกันภัยคุกคามทางไซเบอร์ประเภทการฝังเว็บไซต์พนันออนไลน์ ซึ่งก่อให้เกิดผลกระทบอย่างร้ายแรงต่อหน่วยงานราชการ ทั้งในด้านความปลอดภัยของระบบและข้อมูลภายใน ตลอดจนการเสื่อมเสีย ชื่อเสียง และความน่าเชื่อถือของหน่วยงานที่ถูกโจมตี
[[webwatch.board]]"""  # noqa: E501
ITEM_36 = """สำนักงาน ก.พ.ร. ได้แจ้งให้หน่วยงานของรัฐดำเนินการตามมาตรา 20 วรรคหนึ่ง ในการนำข้อมูลประกาศกำหนดช่องทางอิเล็กทรอนิกส์สำหรับประชาชนติดต่อราชการตามมาตรา 10 รวมทั้งกำหนดระบบสำหรับการปฏิบัติหน้าที่ของเจ้าหน้าที่ของรัฐโดยวิธีการทางอิเล็กทรอนิกส์ตามมาตรา 16 ลงในเว็บไซต์ศูนย์รวมข้อมูลเพื่อติดต่อราชการ (info.go.th) โดยจังหวัดหนองคายได้แจ้งให้ส่วนราชการ หน่วยงานรัฐวิสาหกิจ อำเภอทุกอำเภอ และ อปท. ในพื้นที่จังหวัดหนองคาย ได้นำเข้าข้อมูลบนระบบ Info.go.th เรียบร้อยแล้ว ซึ่งหน่วยงาน อปท. ในจังหวัดหนองคายทั้ง 68 หน่วยงาน ได้ดำเนินการครบถ้วนแล้ว
[[compliance.tally]]
หน่วยงานที่ประกาศช่องทาง Facebook Page เป็นหนึ่งในช่องทางสำหรับประชาชนยื่นคำขอหรือติดต่อหน่วยงานโดยวิธีการทางอิเล็กทรอนิกส์ ตามมาตรา 10 ขอให้ลงทะเบียน Meta Verified รับเครื่องหมายติ๊กถูกสีฟ้า (Blue Tick) สัญลักษณ์รับรองการมีตัวตน เพื่อให้ผู้ใช้งาน Facebook ได้ติดตามบัญชีจริงของหน่วยงาน"""  # noqa: E501
ITEM_37 = """สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ได้ให้บริการระบบการสื่อสารแบบรวมศูนย์ (workD Platform) ระบบที่ใช้ติดต่อสื่อสารภายในหน่วยงานภาครัฐแบบรวมศูนย์บนแพลตฟอร์มเดียวกันที่ช่วยให้เจ้าหน้าที่ของรัฐสามารถทำงานร่วมกันได้อย่างมีประสิทธิภาพ ปลอดภัย และสนับสนุนการทำงานแบบ Hybrid Working แม้อยู่ต่างสถานที่กันก็สามารถเชื่อมต่อและทำงานร่วมกันได้ ประกอบด้วยบริการต่าง ๆ ดังนี้
- workD Mail ระบบจดหมายอิเล็กทรอนิกส์ที่รองรับโปรแกรม e-Mail Client
- workD Chat การส่งข้อความเพื่อสนทนากับบุคคลหรือการจัดการสนทนากลุ่มบุคคล
- workD Meet ระบบประชุมอิเล็กทรอนิกส์และนัดหมาย
- Cloud Storage พื้นที่จัดเก็บกว่า 1TB รองรับแชร์ไฟล์
จังหวัดหนองคาย โดยสำนักงานจังหวัดหนองคายได้ขอใช้บริการระบบสื่อสารแบบรวมศูนย์ โดยใช้โดเมนของจังหวัด (@nongkhai.go.th) ทุกระบบบริการของ workD จำนวน 20 บัญชีผู้ใช้
[[compliance.workd]]"""  # noqa: E501
ITEM_41 = """สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) หรือ สพร. ได้จัดทำแบบสำรวจระดับความพร้อมรัฐบาลดิจิทัลหน่วยงานภาครัฐของประเทศไทย ประจำปี 2568 ให้คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (Provincial Chief Information Officer: PCIO) ตอบแบบสำรวจ เพื่อรวบรวมข้อมูลสถานภาพการพัฒนารัฐบาลดิจิทัลในระดับจังหวัด โดยสามารถเริ่มทำแบบสำรวจในระบบได้ตั้งแต่วันที่ 6 - 30 พฤษภาคม 2568
การประเมินระดับความพร้อมรัฐบาลดิจิทัลของหน่วยงานภาครัฐ ประจำปี 2568 แบ่งเป็น 7 ตัวชี้วัด ดังนี้
|ตัวชี้วัด|น้ำหนัก|
|ตัวชี้วัดที่ 1 แนวนโยบายและหลักปฏิบัติ (Policies & Practices)|จำนวนร้อยละ 12|
|ตัวชี้วัดที่ 2 กระบวนการพัฒนาด้วยข้อมูล (Data-driven Practices)|จำนวนร้อยละ 13|
|ตัวชี้วัดที่ 3 ศักยภาพเจ้าหน้าที่ภาครัฐด้านดิจิทัล (Digital Capabilities)|จำนวนร้อยละ 20|
|ตัวชี้วัดที่ 4 บริการภาครัฐ (Public Services)|จำนวนร้อยละ 30|
|ตัวชี้วัดที่ 5 การบริหารจัดการรูปแบบดิจิทัล (Smart Back Office)|จำนวนร้อยละ 10|
|ตัวชี้วัดที่ 6 โครงสร้างพื้นฐานความมั่นคงปลอดภัยและมีประสิทธิภาพ (Secure and Efficient Infrastructure)|จำนวนร้อยละ 10|
|ตัวชี้วัดที่ 7 เทคโนโลยีดิจิทัลและการนำไปใช้ (Digital Technological Practices)|จำนวนร้อยละ 5|
สำนักงานจังหวัดหนองคายในฐานะฝ่ายเลขานุการคณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงจังหวัดหนองคาย ได้จัดทำบัญชีมอบหมายการตอบแบบสำรวจระดับความพร้อมรัฐบาลดิจิทัลหน่วยงานภาครัฐของจังหวัดหนองคาย ประจำปี 2568 ให้ส่วนราชการดำเนินการศึกษารายละเอียดข้อคำถามและตอบแบบสำรวจดังกล่าว เรียบร้อยแล้ว"""  # noqa: E501
NT = "บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) ส่วนบริการลูกค้าจังหวัดหนองคาย"
# section, title, presenter, body, attachment titles
ITEMS_2568 = [
    (Section.FOR_INFO, "ผลการสำรวจระดับความพร้อมรัฐบาลดิจิทัลหน่วยงานภาครัฐของจังหวัดหนองคาย "
     "ประจำปี 2567", PO, ITEM_31, []),
    (Section.FOR_INFO, "ตัวชี้วัดระดับความพร้อมรัฐบาลดิจิทัลหน่วยงานภาครัฐของจังหวัดหนองคาย", PO,
     ITEM_32, []),
    (Section.FOR_INFO, "คำสั่งแต่งตั้งคณะกรรมการธรรมาภิบาลข้อมูลภาครัฐ (Data Governance Council) "
     "จังหวัดหนองคาย", NSO, ITEM_33, []),
    (Section.FOR_INFO, "ระบบบัญชีข้อมูลจังหวัดหนองคาย (Data Catalog)", NSO, ITEM_34, []),
    (Section.FOR_INFO, "โครงการ “Government Cyber Safe เพื่อเฝ้าระวังและปกป้องเว็บไซต์ภาครัฐ"
     "ให้ปลอดโฆษณาเว็บพนัน”", PO, ITEM_35, []),
    (Section.FOR_INFO, "การปฏิบัติตามพระราชบัญญัติการปฏิบัติราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565", PO,
     ITEM_36, []),
    (Section.FOR_INFO, "บริการระบบสื่อสารแบบรวมศูนย์ (workD Platform)", PO, ITEM_37, []),
    (Section.FOR_DECISION, "มอบหมายหน่วยงานรับผิดชอบตอบแบบสำรวจระดับความพร้อมรัฐบาลดิจิทัล"
     "หน่วยงานภาครัฐของประเทศไทย ประจำปี 2568", PO, ITEM_41,
     ["บัญชีมอบหมายการตอบแบบสำรวจระดับความพร้อมรัฐบาลดิจิทัล ประจำปี 2568"]),
    (Section.FOR_DECISION, "การขับเคลื่อนการใช้งานระบบ e-Office", f"{NSO} และ {NT}", "", []),
]  # fmt: skip


SIGNERS = {"minutes_taker": "นางสาวจดบันทึก รายงานดี" + SAMPLE,
           "minutes_taker_position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
           "minutes_checker": "หัวหน้าสำนักงานจังหวัดหนองคาย" + SAMPLE,
           "minutes_checker_position": "หัวหน้าสำนักงานจังหวัดหนองคาย"}
# What meeting 1/2568 resolved, by section (item 2 certifies the minutes of 1/2567).
RESOLVED = {Section.CHAIR: "noted", Section.MINUTES: "certified", Section.FOR_INFO: "noted",
            Section.FOR_DECISION: "approved"}
# The running header of the demo's documents (the province profile's slogan).
SLOGAN = "หนองคาย “เมืองน่าอยู่ มุ่งสู่เกษตรอินทรีย์ ท่องเที่ยววิถีลุ่มน้ำโขง เชื่อมโยงการค้าชายแดน”"


def load():
    _profile()
    pcio, dgc = _committees()
    previous = _meeting_2567(pcio)
    meeting = _meeting_2568(pcio, previous)
    return (f"คณะกรรมการ 2 คณะ, การประชุม {previous.label} และ {meeting.label} "
            f"({meeting.items.count()} เรื่อง)")


def _profile():
    """The demo installation is Nong Khai's: its documents carry Nong Khai's slogan."""
    from pcio.agencies.models import Province
    from pcio.front.models import ProvinceProfile

    profile = ProvinceProfile.objects.filter(pk=1).first() or ProvinceProfile()
    profile.province = Province.objects.filter(code="43").first()
    profile.name, profile.slogan = "จังหวัดหนองคาย", SLOGAN
    profile.secretariat = _agency("PO-NK")
    profile.save()


def _agency(code):
    return Agency.objects.filter(code=code).first()


def _committees():
    pcio, _ = Committee.objects.update_or_create(code="pcio", defaults={
        "name_th": PCIO_NAME, "name_en": "Nong Khai PCIO Committee",
        "secretariat": _agency("PO-NK")})
    dgc, _ = Committee.objects.update_or_create(code="dgc", defaults={
        "name_th": DGC_NAME, "name_en": "Nong Khai Data Governance Council",
        "order_ref": "คำสั่งจังหวัดหนองคาย ที่ 1856/2568", "secretariat": _agency("NSO-NK")})
    for n, (name, position, code, role) in enumerate(MEMBERS, start=1):
        Member.objects.update_or_create(committee=pcio, name=name + SAMPLE, defaults={
            "position": position, "agency": _agency(code), "role": role, "position_order": n})
    Member.objects.update_or_create(committee=dgc, name="สถิติจังหวัดหนองคาย" + SAMPLE, defaults={
        "position": "สถิติจังหวัดหนองคาย", "agency": _agency("NSO-NK"), "role": Role.SECRETARY})
    return pcio, dgc


def _aware(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _meeting_2567(committee):
    meeting = Meeting.objects.filter(committee=committee, number=1, year=2567).first()
    if meeting:
        return meeting
    meeting = services.create_meeting(
        committee, 1, 2567, date(2024, 7, 3), time(9, 0), VENUE, minutes_pages=11,
        is_sample=True, started=time(9, 0), closed=time(11, 30), **SIGNERS)
    issuing.send_agenda(meeting, as_of=date(2024, 6, 19), when=_aware(date(2024, 6, 19), 10))
    _roll_call(meeting)
    chair = meeting.items.get(section=Section.CHAIR)
    chair.body = "ประธานแจ้งแนวทางการขับเคลื่อนรัฐบาลดิจิทัลของจังหวัด" + SAMPLE
    chair.save(update_fields=["body"])
    services.record_resolution(chair, "noted")
    _decide(meeting, "การเข้าร่วมโครงการ Government Cyber Safe", "ให้หน่วยงานสมัครเข้าร่วมโครงการ",
            ("PO-NK", "แจ้งหน่วยงานในจังหวัดสมัครเข้าร่วมโครงการ", date(2025, 3, 31),
             ActionStatus.DONE, "มีหนังสือแจ้งหน่วยงานแล้ว เมื่อ 24 มีนาคม 2568"))
    _decide(meeting, "การจัดทำบัญชีข้อมูลของหน่วยงานในจังหวัด",
            "ให้หน่วยงานจัดทำบัญชีข้อมูลบนระบบบัญชีข้อมูลจังหวัด",
            ("NSO-NK", "จัดทำบัญชีข้อมูลให้ครบทุกส่วนราชการ", date(2025, 3, 31),
             ActionStatus.DOING, "ส่วนราชการส่งบัญชีข้อมูลแล้ว 18 หน่วยงาน"))
    issuing.circulate_minutes(meeting, when=_aware(date(2024, 7, 17), 10))
    return meeting


def _roll_call(meeting):
    """Everyone present but one absent member, one substitute and one member online."""
    services.fill_attendance(meeting)
    people = list(meeting.attendance.order_by("position_order"))
    people[3].kind, people[3].reason = Attendance.Kind.ABSENT, "ติดราชการ"
    people[4].substitute_for, people[1].online = "รองนายกองค์การบริหารส่วนจังหวัดหนองคาย", True
    for person in (people[1], people[3], people[4]):
        person.save()


def _decide(meeting, title, text, action):
    item = services.add_item(meeting, Section.FOR_DECISION, presenter=PO + SAMPLE, title=title)
    resolution = services.record_resolution(item, "assigned", text)
    code, what, due, status, progress = action
    ActionItem.objects.create(resolution=resolution, agency=_agency(code), title=what + SAMPLE,
                              due=due, status=status, progress=progress)


def _meeting_2568(committee, previous):
    meeting = Meeting.objects.filter(committee=committee, number=1, year=2568).first()
    if meeting:
        return meeting
    meeting = Meeting.objects.create(
        committee=committee, number=1, year=2568, date=date(2025, 4, 22), time=time(13, 30),
        venue=VENUE, started=time(13, 30), closed=time(16, 0), **SIGNERS)
    Item.objects.create(meeting=meeting, section=Section.CHAIR, body=CHAIR_TEXT)
    services.add_minutes_item(meeting, previous)
    for section, title, presenter, body, attachments in ITEMS_2568:
        item = services.add_item(meeting, section, title=title, presenter=presenter, body=body)
        for name in attachments:
            Attachment.objects.create(item=item, title=name)
    Item.objects.create(meeting=meeting, section=Section.OTHER, position=1, body="(ถ้ามี)")
    # Sent two weeks ahead: the frozen agenda's tables say "ข้อมูล ณ 8 เมษายน 2568".
    issuing.send_agenda(meeting, as_of=date(2025, 4, 8), when=_aware(date(2025, 4, 8), 10))
    _hold_2568(meeting)
    return meeting


def _hold_2568(meeting):
    _roll_call(meeting)
    for item in meeting.items.select_related("resolution"):
        outcome = RESOLVED.get(item.section)
        if outcome:
            services.record_resolution(item, outcome)
