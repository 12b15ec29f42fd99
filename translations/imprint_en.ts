<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountSpec</name>
    <message>
        <source>%1 %2</source>
        <comment>an account&apos;s name and a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded simulator is already an account (&quot;%1&quot;); it has one data folder, so it can be added only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the two environment variables that hold the %1 and the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable&apos;s name: use letters, digits and underscores, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>Select an instance on the Instances tab to image it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single instance: an image is made from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is overdue, so %1 image creation is disabled. Top up to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is already being made from this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is %1; wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region already holds %1 of %2 custom images. Delete an image to make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one snapshot to make an image from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes images from instances only; select an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is overdue; top up to create images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is still being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image on the Images tab to launch from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single image to launch from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is to be repossessed because the account is overdue. Top up to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1; instances can be launched once it is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single image to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support copying custom images to another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1; only an available image can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is overdue; top up to copy images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single image to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more images to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stopped instance to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a running instance to stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionChoice</name>
    <message>
        <source>Enter the address imprint-sim printed when it started, e.g. http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// only reaches imprint-sim on this computer (127.0.0.1 or localhost); use an https:// address for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>Cannot create the data folder %1. Choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads its API key from %2, which are not both set. Set them before starting Imprint, or change the account under File &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key: enter it under File &gt; Accounts, or set %2 before starting Imprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvmPolicy</name>
    <message>
        <source>Local data disks cannot be included in a CVM image; choose cloud data disks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks you did not include are not in the image: to keep their data, snapshot them and create disks from those snapshots when you launch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disk</name>
    <message>
        <source>System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB (%2 GiB used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcsPolicy</name>
    <message>
        <source>Delete all confidential data from the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance may keep running, but do not stop, start or restart it until the image is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not load data-disk entries in /etc/fstab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmount all file systems mounted on the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not upgrade the kernel or the operating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one root partition on the system disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the system disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not modify /sbin, /bin or /lib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the default login user root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name needs at least 2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start with &quot;acs:&quot; or &quot;aliyun&quot;, which Alibaba Cloud reserves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must start with a letter or a Chinese character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, Chinese characters, digits, colons (:), underscores (_), periods (.) and hyphens (-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description needs at least 2 characters; leave it empty or write more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description cannot start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced SSD (ESSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard SSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultra disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; cannot start with &quot;acs:&quot; or &quot;aliyun&quot;, which Alibaba Cloud reserves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; cannot start with &quot;acs:&quot;, which Alibaba Cloud reserves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; cannot contain http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcsProductApi</name>
    <message>
        <source>Alibaba Cloud&apos;s documented default of 100 custom images per region; the ECS API does not report the quota, and yours may be higher (see Quota Center in the console).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be repossessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LighthousePolicy</name>
    <message>
        <source>Creation takes ten minutes or more, depending on the data size: plan ahead to avoid affecting your business.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Create image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; could not be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n image(s) failed: %1</source>
        <translation>
            <numerusform>Deleting %n image failed: %1</numerusform>
            <numerusform>Deleting %n images failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &quot;%1&quot; could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &quot;%1&quot; could not be stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n image(s) failed: %1</source>
        <translation>
            <numerusform>Releasing %n image failed: %1</numerusform>
            <numerusform>Releasing %n images failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation on &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted.</source>
        <translation>
            <numerusform>%n image deleted.</numerusform>
            <numerusform>%n images deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch of %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &quot;%1&quot; is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &quot;%1&quot; is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) released: the account stayed overdue.</source>
        <translation>
            <numerusform>%n image released: the account stayed overdue.</numerusform>
            <numerusform>%n images released: the account stayed overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; was released: the account stayed overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) from image &quot;%1&quot;</source>
        <translation>
            <numerusform>%n instance from image &quot;%1&quot;</numerusform>
            <numerusform>%n instances from image &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Launching %n instance(s) from image &quot;%1&quot; failed: %2</source>
        <translation>
            <numerusform>Launching %n instance from image &quot;%1&quot; failed: %2</numerusform>
            <numerusform>Launching %n instances from image &quot;%1&quot; failed: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) launched from image &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n instance launched from image &quot;%1&quot;.</numerusform>
            <numerusform>%n instances launched from image &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceNames</name>
    <message>
        <source>Beijing Zone 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing Zone 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing Zone 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing Zone G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing Zone H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing Zone I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California Zone A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chengdu Zone 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chengdu Zone 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East China (Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangdong Zone B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangzhou Zone 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangzhou Zone 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangzhou Zone 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangzhou Zone H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangzhou Zone I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangzhou Zone J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong Zone 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong Zone 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong Zone A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong Zone B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong Zone C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China One Zone A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China Two Zone B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China Two Zone C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China Two Zone D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China Two Zone E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Two Zone A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Two Zone B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Zone 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Zone 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Zone 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Zone E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Zone F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Zone G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silicon Valley Zone 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silicon Valley Zone 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore Zone 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore Zone 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore Zone A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore Zone B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore Zone C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South China (Guangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southeast Asia (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southwest China (Chengdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West US (Silicon Valley)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Tencent Cloud Lighthouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud CVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCloud UHost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud ECS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductApi</name>
    <message>
        <source>Tags of an existing image are changed in the cloud&apos;s tagging service, which Imprint does not call yet; tags set when the image is created are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPolicy</name>
    <message>
        <source>Only data disks can be associated; the system disk is always imaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images hold the system disk only; data disks cannot be associated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot create an image from snapshots; create it from an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a system-disk snapshot to create the image from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-disk snapshots alone cannot make an image: add the system-disk snapshot of the same instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image has exactly one system disk: choose a single system-disk snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All snapshots must be in the same region as the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is still being created; wait until it is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances are launched in the image&apos;s region. To launch in another region, copy the image there first (Image &gt; Copy Image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances are launched in the image&apos;s region; %1 does not support copying custom images to other regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s parent is a Windows image, which cannot run on a 1-core instance type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s parent is a Windows image, which does not allow network acceleration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; is %2; only an available image can launch instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image carries data-disk snapshots, so instances can only be created in their zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image carries data-disk snapshots, so local disks are not supported; choose a cloud disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain tabs, line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; %2 allows at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; %3 allows at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image named &quot;%1&quot; already exists in this region; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still being made; edit it once it is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is to be repossessed because the account is overdue; top up the account to edit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still being made and cannot be deleted yet; wait until it is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is to be repossessed because the account is overdue; top up the account to manage it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is being made from &quot;%1&quot;; do not stop, start or restart the instance until the image is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is being made from &quot;%1&quot;; start it once the image is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is being made from &quot;%1&quot;; stop it once the image is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already running; only stopped instances can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already stopped; only running instances can be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium cloud disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD cloud disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic cloud disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy cloud disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 1 to %1: %2 launches at most %1 instances at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 custom images do not take tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %2 tags on an image; remove %n of them.</source>
        <translation>
            <numerusform>%1 allows at most %2 tags on an image; remove %n of them.</numerusform>
            <numerusform>%1 allows at most %2 tags on an image; remove %n of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tag needs a key before its colon, as in env:prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is too long; %2 allows at most %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; is too long; %2 allows at most %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; appears twice; give each key one value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>%1 cannot copy custom images to another region; make a new image there from an instance in that region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteKindRegistry</name>
    <message>
        <source>Embedded simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded simulated cloud: all four products, no account, no network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteKinds</name>
    <message>
        <source>Local imprint-sim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprint-sim: the simulator served over the Tencent Cloud API 3.0 protocol (CVM and Lighthouse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud itself (CVM and Lighthouse), with your API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local imprint-sim (UHost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprint-sim: the simulator served over UCloud&apos;s API (UHost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCloud itself (UHost), with your API key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local imprint-sim (ECS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprint-sim: the simulator served over Alibaba Cloud&apos;s ECS API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud itself (ECS), with your AccessKey pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>Embedded simulator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>The simulator&apos;s store %1 cannot be read (SQLite says: %2). Nothing has been written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not remove %1, left over from an earlier start; remove it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not put its new store in place at %1; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing but its journal is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema version is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record %1 is not readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>The simulator could not create its lock file %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator&apos;s store %1 is in use by %2 (process %3), which serves it at %4; connect to it there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator&apos;s store %1 is in use by %2 (process %3); stop that program first, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>The store was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a way to recover the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged store %1 could not be moved to %2; check the folder&apos;s permissions. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged store was kept as %1; the simulator starts with a new demo world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged store is at %1 and could not be moved back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s recovery needs the sqlite3 program, which is not installed; install it (Debian: sqlite3) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s recovery could not rebuild a usable store from %1 (%2). The store was left as it was; restore the backup or move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered store %1 could not be put in place; the damaged original is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be copied into place; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from %1 is in place; the damaged store is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s recovery kept %n image(s).</source>
        <translation>
            <numerusform>SQLite&apos;s recovery kept %n image.</numerusform>
            <numerusform>SQLite&apos;s recovery kept %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It kept %n instance(s); the damaged original is kept as %1.</source>
        <translation>
            <numerusform>It kept %n instance; the damaged original is kept as %1.</numerusform>
            <numerusform>It kept %n instances; the damaged original is kept as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UHostPolicy</name>
    <message>
        <source>Do not change network settings or other critical system configuration before creating the image: the image may fail to be created or fail to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image in a region can only create hosts in that region. To create hosts in other regions, submit a ticket to upgrade the image to regional-level permissions, or copy the image (system disk only) to the other region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is an economy cloud disk, and UHost cannot associate economy cloud disks with an image; leave this disk out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is a local disk, and UHost cannot associate local disks with an image; leave this disk out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSSD cloud disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD cloud disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard cloud disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy cloud disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UHostProductApi</name>
    <message>
        <source>Editing is unavailable over the API: UCloud&apos;s public API has no action for renaming an image or changing its remarks. Rename it in the UCloud console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardWidgets</name>
    <message>
        <source>env:prod, team:web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: up to %1 key:value tags, separated by commas, to classify the image. Type key:value in the filter box to find tagged images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a choice, then why it cannot be chosen</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::AccountEditDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring, or the key typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable of the key&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable of the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an account to show it in the window; the window lists them in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected account up in the window&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected account down in the window&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring or read from environment variables, never in Imprint&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Imprint cannot open this kind of account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprint cannot open &quot;%1&quot;: this version does not have its kind. Turn it off or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an account&apos;s name, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one account: the window shows the ticked ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; from Imprint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its resources stay in the cloud; only Imprint forgets the account and its key in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::AlibabaCloudBackend</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprint-sim at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud API at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::AmountDialog</name>
    <message>
        <source>Enter an amount in yuan from %1 to %2, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CompositeBackend</name>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to no account in this window; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>No account in this window is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is copied within its own account; choose a region of the account that holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::ConnectionDialog</name>
    <message>
        <source>Remember the key in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the key empty to use the key remembered in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the %1 and the %2, or leave both empty to use the environment or the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the key empty to use %1 from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::ConsoleApplication</name>
    <message>
        <source>Keep it and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed, so you can copy the file or ask for help first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try SQLite&apos;s recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can still be read is rebuilt into a new store; the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good copy, made on a clean shutdown or while you worked, takes its place; the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it aside and start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is renamed (.damaged- and the time) and the simulator starts with a new demo world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to that imprint-sim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprint talks to it at %1 and shows the same world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded simulator keeps its own store there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the simulator&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CopyImageDialog</name>
    <message numerus="yes">
        <source>Only the system disk image is copied: the %n associated data-disk snapshot(s) will be neither copied nor associated with the copy.</source>
        <translation>
            <numerusform>Only the system disk image is copied: the %n associated data-disk snapshot will be neither copied nor associated with the copy.</numerusform>
            <numerusform>Only the system disk image is copied: the %n associated data-disk snapshots will be neither copied nor associated with the copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Image — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the system disk image is copied; data-disk snapshots never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is a new image in the target region; it counts against that region&apos;s quota and is billed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other region to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another region or another project: the image is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s projects could not be read, so there is no project to copy to yet; close this dialog and try again. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageDataDisksPage</name>
    <message>
        <source>Data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the instance&apos;s data disks the image includes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every disk of the instance is snapshotted automatically; the snapshots together make the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data disks to associate: a snapshot is made of each and, with the system disk image, forms a complete machine image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no data disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associating data disks uses the disk snapshot service, which is billed separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the data disks the image includes; a disk that cannot be included says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageInfoPage</name>
    <message>
        <source>Image information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: up to %1 characters, unique in the region. %2: up to %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1-image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageShutdownPage</name>
    <message>
        <source>Agree to a forced shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the instance down first (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you create the image&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to the instance while the image is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best practice: shut the instance down first, so the image has exactly the environment the instance has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is already stopped, as recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The instance may keep running.&lt;/b&gt; Do not stop, start or restart it until the image is available; Imprint refuses those actions meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance does not need to be shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you create the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check on the instance before the image is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is shut down while the image is made and started again afterwards. Tick the box to agree; Next stays disabled until you do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageSourcePage</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-disk snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-disk snapshots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is made from this instance, in its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is made from one system-disk snapshot, optionally with data-disk snapshots. Encrypted and unencrypted snapshots can both be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none — choose a system-disk snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-disk snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the data-disk snapshots the image includes besides the system-disk snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, zone %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, instance type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 GiB, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be created, then create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is overdue, so image creation is disabled. Top up the account, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2 of %3 custom images, the quota. Delete an image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from %n snapshot(s): %2.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from %n snapshot: %2.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from %n snapshots: %2.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from instance %2 (%3), with a snapshot of every disk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from instance %2 (%3), with %n associated data disk(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from instance %2 (%3), with %n associated data disk.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from instance %2 (%3), with %n associated data disks.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from instance %2 (%3), system disk only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Tags: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 of %2 custom images in %3 after creation — %n beyond the free tier of %4, about %5 per month for this one.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 of %2 custom images in %3 after creation — %n beyond the free tier of %4, about %5 per month for this one.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 of %2 custom images in %3 after creation — %n beyond the free tier of %4, about %5 per month for this one.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 custom images in %3 after creation — within the free tier of %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 custom images in %3 after creation — about %4 per month (simulated list price).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 custom images in %3 after creation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The instance is shut down during creation and returns to its state afterwards.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The instance is shut down first and started again afterwards.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The instance keeps running; do not stop, start or restart it meanwhile.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Expected duration: %1 (%2 GiB of data).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Progress appears in Recent Operations; the image can be used once it is available.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageWizard</name>
    <message>
        <source>Create Custom Image — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::CredentialStore</name>
    <message>
        <source>reading the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key saved in the system keyring is incomplete; enter the SecretId and SecretKey again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the SecretId and the SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused %1 (%2); unlock the keyring and allow Imprint access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved in the system keyring; enter one, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available for %1 (%2); set %3 in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring failed %1 (%2); try again, or use the environment variables %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::DashboardWidget</name>
    <message numerus="yes">
        <source>%n %1 custom image(s) to be repossessed and unusable.</source>
        <translation>
            <numerusform>%n %1 custom image to be repossessed and unusable.</numerusform>
            <numerusform>%n %1 custom images to be repossessed and unusable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released in %n day(s) unless you top up.</source>
        <translation>
            <numerusform>Released in %n day unless you top up.</numerusform>
            <numerusform>Released in %n days unless you top up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s), %2</source>
        <translation>
            <numerusform>%1: %n image, %2</numerusform>
            <numerusform>%1: %n images, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The dashboard could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs are estimates from simulated list prices, not quotes from the cloud. Hover over a cost to see where its prices come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add money to the simulated account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated monthly cost (CNY, simulated list prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota use (% of the region&apos;s custom image quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In good standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are being released now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading quotas and costs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas and costs could not be loaded: %1
Check the connection, then reopen the tab or reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no regions to show yet. Regions appear here as soon as the cloud reports them or a custom image is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to add to the simulated account (CNY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not topped up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota use %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot storage GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated monthly cost CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be repossessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated list price, seeded from published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened for writing: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota and cost by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per product and region: custom images, quota, quota use, free tier, snapshot storage and estimated monthly cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated monthly cost chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar per product and region holding images; the table above lists the same costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota use chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar per product and region holding images, in percent of its quota; the table above lists the same figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 custom images were released after %n day(s) without a top-up.</source>
        <translation>
            <numerusform>The %1 custom images were released after %n day without a top-up.</numerusform>
            <numerusform>The %1 custom images were released after %n days without a top-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotas and costs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n custom image(s), estimated %1 a month at simulated list prices</source>
        <translation>
            <numerusform>%n custom image, estimated %1 a month at simulated list prices</numerusform>
            <numerusform>%n custom images, estimated %1 a month at simulated list prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom image(s) to be repossessed</source>
        <translation>
            <numerusform>%n custom image to be repossessed</numerusform>
            <numerusform>%n custom images to be repossessed</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated monthly cost (CNY, simulated list prices): no custom images yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota use (% of the region&apos;s custom image quota): no custom images yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::DetailsPane</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, %1 GiB&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, %2 GiB&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows parent: no 1-core types, no network acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting this image deletes these snapshots too; snapshot service billing continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot is associated with a custom image and cannot be deleted on its own: delete the image instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom image can be made from this system-disk snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unless the account is topped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — an image is being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of instance %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n custom image(s) in this region; the free tier covers %2</source>
        <translation>
            <numerusform>%1 of %n custom image in this region; the free tier covers %2</numerusform>
            <numerusform>%1 of %n custom images in this region; the free tier covers %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n custom image(s) in this region</source>
        <translation>
            <numerusform>%1 of %n custom image in this region</numerusform>
            <numerusform>%1 of %n custom images in this region</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3 GiB, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::EcsTransport</name>
    <message>
        <source>%1 is not an Alibaba Cloud product this console can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Alibaba Cloud AccessKey is set; set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET or save a key in the system keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud ECS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud is limiting the request rate (%1); wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud refused %1 (%2); check the request, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AccessKey pair (AccessKeyId and AccessKeySecret) and the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::EditImageDialog</name>
    <message>
        <source>Edit Image — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::EmptyStateOverlay</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::HttpTransport</name>
    <message>
        <source>Could not connect to %1 (%2); check the network connection and the endpoint address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 seconds; check the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2); Imprint connects only to a server with a valid certificate. Check the system clock and any proxy that intercepts TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed during %2 (%3); check the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 %4; the service may be busy or down, try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3 instead of a %4 API response; check the endpoint address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an HTTPS address. Imprint sends signed requests only over HTTPS, or over plain HTTP to this computer; use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::ImageTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <extracomment>Image state with progress, e.g. &quot;Creating 42%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>Data disk sizes, e.g. &quot;100 + 50 GiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is overdue: this image cannot be used until the account is topped up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from simulated list prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the %1 free images of this region; estimated from simulated list prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the %1 free images of this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::InstanceTableModel</name>
    <message>
        <source>%1 %2: %3 GiB, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU / Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, imaging</source>
        <extracomment>Instance state while an image is made from it, e.g. &quot;Running, imaging&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 GiB data</source>
        <extracomment>Disk summary, e.g. &quot;50 GiB system + 100 + 200 GiB data&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is being made from this instance: it cannot be started or stopped until the image is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::ItemListDialog</name>
    <message numerus="yes">
        <source>%n item(s), one per row; the list scrolls when they do not fit.</source>
        <translation>
            <numerusform>%n item; the list scrolls when it does not fit.</numerusform>
            <numerusform>%n items, one per row; the list scrolls when they do not fit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::LaunchDetailsPage</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {n} in the name for a number: web-{n} gives web-1, web-2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing method is independent of the instance the image was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom images have no pre-installed application to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; use at most 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many instances to launch, as a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::LaunchDisksPage</name>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disks each new instance gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each instance gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System disk type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data disk type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2 GiB&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not with data-disk snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image carries data-disk snapshots, so local disks are not supported; the data disks are created from the snapshots at their size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::LaunchPlacePage</name>
    <message>
        <source>Image and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image, its region and the zone of the new instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3, system disk %4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — fixed: the image&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the snapshots&apos; zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::LaunchSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be launched and what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Launch &lt;b&gt;%n instance(s)&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; in zone %2.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Launch &lt;b&gt;%n instance&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; in zone %2.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Launch &lt;b&gt;%n instances&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; in zone %2.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Type %1 with network acceleration, %2 billing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Type %1, %2 billing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Estimated cost: about %1 per month (simulated list price), including the paid parent image&apos;s %2 per instance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Estimated cost: about %1 per month (simulated list price).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Progress appears in Recent Operations; the instances appear in the Instances tab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks of each instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::LaunchTypePage</name>
    <message>
        <source>Enable network acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizes this image can run on; the others say why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 vCPU, %3 GiB, %4/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type does not support network acceleration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance types of this product; a type the image cannot run on says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 vCPU, %3 GiB, %4/month, no network acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>an instance type, then why it cannot be chosen</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::LaunchWizard</name>
    <message>
        <source>Launch Instances from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk from the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk from snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::MainWindow</name>
    <message numerus="yes">
        <source>%n instances selected.</source>
        <translation>
            <numerusform>%n instance selected.</numerusform>
            <numerusform>%n instances selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images selected.</source>
        <translation>
            <numerusform>%n image selected.</numerusform>
            <numerusform>%n images selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imprint — custom images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch Instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Imprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Imprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imprint %1&lt;/h3&gt;&lt;p&gt;A console for custom machine images on Tencent Cloud Lighthouse, Tencent Cloud CVM, UCloud UHost and Alibaba Cloud ECS.&lt;/p&gt;&lt;p&gt;Prices shown are simulated list prices.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota &amp;&amp; Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent operations yet: image and instance work shows its progress here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent Operations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprint could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard always covers every product and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Clear the filter (Esc in the search field) to see everything in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom images in %1 yet.
Select an instance on the Instances tab and choose Create Image (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots in %1.
Snapshots appear when images are made from instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a custom image from the selected snapshot (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a custom image from the selected instance (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch new instances from the selected image (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected image to another region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the image or edit its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance to see its disks and make an image from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see its snapshots, quota impact and what you can do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota and estimated monthly cost for every product and region, from simulated list prices. Select a row of the other tabs for its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a snapshot to see what it backs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a running operation that can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this operation and discard what it has made so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation has already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud cannot stop this kind of operation once it has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance could not be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images were not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to add to the simulated account (CNY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not topped up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance of the simulated account (CNY); below zero makes the account overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1
Request ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account overdue, balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and their regions, with the number of instances and custom images in each. Choose one to show its resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instances of the chosen region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom images of the chosen region, with their state and progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk snapshots of the chosen region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image and instance work in progress and finished, with its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances, images, snapshots, and quota and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected row and the actions available for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Images…</source>
        <translation>
            <numerusform>&amp;Delete %n Image…</numerusform>
            <numerusform>&amp;Delete %n Images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;top %n Instances</source>
        <translation>
            <numerusform>S&amp;top %n Instance</numerusform>
            <numerusform>S&amp;top %n Instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n Instances</source>
        <translation>
            <numerusform>&amp;Start %n Instance</numerusform>
            <numerusform>&amp;Start %n Instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop %n instance(s)? Programs running on them are interrupted; pay-as-you-go billing stops once they are stopped.</source>
        <translation>
            <numerusform>Stop %n instance? Programs running on it are interrupted; pay-as-you-go billing stops once it is stopped.</numerusform>
            <numerusform>Stop %n instances? Programs running on them are interrupted; pay-as-you-go billing stops once they are stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Instance(s)</source>
        <translation>
            <numerusform>Stop %n Instance</numerusform>
            <numerusform>Stop %n Instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n custom image(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n custom image? This cannot be undone.</numerusform>
            <numerusform>Delete %n custom images? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image&apos;s %n associated data-disk snapshot(s) will be deleted too:</source>
        <translation>
            <numerusform>The image&apos;s %n associated data-disk snapshot will be deleted too:</numerusform>
            <numerusform>The image&apos;s %n associated data-disk snapshots will be deleted too:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The images&apos; %n associated data-disk snapshot(s) will be deleted too:</source>
        <translation>
            <numerusform>The images&apos; %n associated data-disk snapshot will be deleted too:</numerusform>
            <numerusform>The images&apos; %n associated data-disk snapshots will be deleted too:</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk snapshot service stays enabled and its billing continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Image(s)</source>
        <translation>
            <numerusform>Delete %n Image</numerusform>
            <numerusform>Delete %n Images</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating image &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, remove, order and turn on or off the accounts this window shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again to the accounts that are not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not connected.</source>
        <translation>
            <numerusform>%n account not connected.</numerusform>
            <numerusform>%n accounts not connected.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>A region and the account it belongs to, e.g. &quot;South China (Guangzhou) - Company&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Launching %n instance(s) from image &quot;%1&quot;…</source>
        <translation>
            <numerusform>Launching %n instance from image &quot;%1&quot;…</numerusform>
            <numerusform>Launching %n instances from image &quot;%1&quot;…</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, ID, state, zone or key:value tag (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the rows whose name, ID, state or zone contain the text. Type key:value, or key: alone, to find the resources that carry that tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Pane Widths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::NumberField</name>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::OperationListModel</name>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::OperationTracker</name>
    <message>
        <source>Image %1 disappeared before it was finished; it may have been deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 disappeared before it was ready; it may have been terminated elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports that image %2 could not be made; delete it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 stopped instead of starting after the launch; see its state in the %2 console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the request but does not list %2; refresh to see whether it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprint lost track of this operation: %1 Refresh later to see how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation &quot;%1&quot; on %2 has not finished after %3 hours; Imprint stopped watching it. Refresh later to see its state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::OverdueBanner</name>
    <message>
        <source>Top Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled, and every Lighthouse custom image is &lt;b&gt;to be repossessed&lt;/b&gt; and unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled, and every Lighthouse custom image is &lt;b&gt;to be repossessed&lt;/b&gt; and unusable. They will be released in %n day(s) unless you top up.</source>
        <translation>
            <numerusform>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled, and every Lighthouse custom image is &lt;b&gt;to be repossessed&lt;/b&gt; and unusable. They will be released in %n day unless you top up.</numerusform>
            <numerusform>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled, and every Lighthouse custom image is &lt;b&gt;to be repossessed&lt;/b&gt; and unusable. They will be released in %n days unless you top up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled. The Lighthouse custom images were released after %n day(s) without a top-up; Recent Operations lists the release.</source>
        <translation>
            <numerusform>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled. The Lighthouse custom images were released after %n day without a top-up; Recent Operations lists the release.</numerusform>
            <numerusform>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled. The Lighthouse custom images were released after %n days without a top-up; Recent Operations lists the release.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::QuotaCostModel</name>
    <message numerus="yes">
        <source>%1 of %2 custom images; %n more can be created.</source>
        <translation>
            <numerusform>%1 of %2 custom images; %n more can be created.</numerusform>
            <numerusform>%1 of %2 custom images; %n more can be created.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota is full: %1 of %2 custom images. Delete an image before creating another in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 custom images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 custom images per region are free; each one beyond is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no free tier of custom images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot storage that backs the custom images of this region (a snapshot shared by several images counts once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated monthly cost from simulated list prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is overdue: these images are unusable until it is topped up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Tier Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. Monthly Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Be Repossessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from simulated list prices, not a quote from the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (documented)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::RegionTreeModel</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connecting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::RemoteBackend</name>
    <message>
        <source>%1 reports the balance in its billing center, not through its image and instance APIs; see the %1 console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots are managed in the %1 console; this console does not delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up in the %1 console&apos;s billing center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the embedded simulator can set the balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::RemoteCaller</name>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::RemoteEngine</name>
    <message>
        <source>Image %1 no longer exists; refresh the image list and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 no longer exists; refresh the instance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making image %1 failed (%2), and Imprint could not check whether an earlier attempt made it (%3). Refresh the image list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting failed (%1), and Imprint could not check which images are left (%2); refresh the image list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing with the id %2; refresh the lists and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection to %1 does not manage %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the copy of %2 but did not say which image it made in %3; refresh the image list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the launch but named no instance; refresh the instance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching from image %1 failed (%2), and Imprint could not check whether an earlier attempt launched instances (%3). Refresh the instance list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 does not exist; refresh Recent Operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already finished; there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stop this once it has begun; wait for it to finish, then delete what it made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1 cannot change the tags of an existing image yet. Save with its tags as they are, or change them in the cloud&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::RemoteReader</name>
    <message>
        <source>Image %1 does not exist; refresh the image list and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 does not exist; refresh the instance list and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no region %1 any more; refresh the region list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds per real second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the simulator&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator &amp;speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds per real second: at 60, an image that takes ten minutes is ready in ten seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create or write to the data folder %1. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language, the simulator speed and the data folder take effect the next time Imprint starts. Which clouds and accounts open, and their API keys (kept in the system keyring, never here), are under File &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a speed from %1 to %2 simulated seconds per real second, with at most one decimal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::SimulatorEngine</name>
    <message>
        <source>The simulator is already open; close it before opening another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given to the simulator; choose where to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not remove its old database %1; check its file permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has overdue payments, so %1 custom images cannot be created; top up your account and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region already holds %1 custom images, the most %2 allows; delete an image you no longer need and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no region %2; choose a region from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is made either from an instance or from snapshots; choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instance or the snapshots to make the image from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 does not exist; refresh the instance list and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 is in region %2; an image is made in its instance&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is shut down while the image is made; tick &quot;Agree to a forced shutdown&quot; to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is already being made from %1; wait until it is available, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 is %2; wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is not attached to %2; choose one of its data disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist; refresh the snapshot list and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is in region %2; choose snapshots from the image&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 does not exist; refresh the image list and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot copy custom images to another region; create a new image from an instance in the target region instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no region %2; choose a target region from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target project to copy the image into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 does not exist; choose a target project from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is already in this region and project; choose another region or project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is already in this region; choose another target region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is %2; only an available image can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one image to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 does not exist; refresh the image list, then delete again. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist; refresh the snapshot list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is associated with image %2 and cannot be deleted on its own; delete the image, which deletes its snapshots too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 backs image %2; delete the image first, then the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is still being created; wait until it is available, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s region %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 is not in the image&apos;s region %2; choose one of its zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not sell instance type %2; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type %1 has no network acceleration; choose a larger type or turn acceleration off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 does not exist; refresh the instance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 does not exist; refresh Recent Operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already finished; there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be cancelled once started; wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a top-up amount greater than zero and at most 1,000,000,000.00 CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a balance between -1,000,000,000.00 and 1,000,000,000.00 CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator has no open database; quit and start it again to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not open its database %1 (%2); check that the folder is writable and the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not save the change, so nothing was changed (%1). Try again; if it keeps failing, quit: the next start checks the store and offers the ways to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClientToken %1 was used before with other parameters; use a new token for a new request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::SnapshotTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::StoreProblemDialog</name>
    <message>
        <source>The simulator&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::Tc3Transport</name>
    <message>
        <source>%1 is not a Tencent Cloud product this console can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tencent Cloud API key is set; set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY or save a key in the system keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud is limiting the request rate (%1); wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud refused %1 (%2); check the request, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key (SecretId and SecretKey) and the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::TencentCloudBackend</name>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprint-sim at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud API at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::UCloudBackend</name>
    <message>
        <source>UCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprint-sim at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCloud API at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::UCloudTransport</name>
    <message>
        <source>No UCloud API key is set; set UCLOUD_PUBLIC_KEY and UCLOUD_PRIVATE_KEY or save a key in the system keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an HTTPS address. UCloud&apos;s signature does not stop a captured request from being sent again, so Imprint sends UCloud requests only over HTTPS, or over HTTP to this computer; use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCloud could not take the request now (%1); wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key (PublicKey and PrivateKey).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Imprint: a console for custom machine images on Tencent Cloud Lighthouse, Tencent Cloud CVM, UCloud UHost and Alibaba Cloud ECS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the simulator&apos;s state (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default: %1; at 60 a ten-minute image takes ten seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the simulator&apos;s state and build a new demo world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --reset-demo or on first start: build a large account with about N thousand images and N thousand instances (e.g. 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN (Simplified Chinese) or en (English). Default: the one chosen in Settings, else the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sim-speed takes a number above 0 and at most 100000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-scale takes a whole number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to connect to: %1. A cloud&apos;s key comes from its environment variables or the system keyring. Default: the last choice, else simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address for kinds that need one (imprint-sim), e.g. http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backend takes %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backend %1 needs --endpoint with the server&apos;s address, e.g. http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account starts with the kind of account, one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1 takes no endpoint: it knows where to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1 needs no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1: key-env takes the two environment variables that hold the key, as ID_VAR:SECRET_VAR, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1 takes the key from key-env=ID_VAR:SECRET_VAR or key=keyring, once; never the key itself, which other users could read from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1: &quot;%2&quot; is not name=, endpoint=, key-env= or key=keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1 needs endpoint= with the server&apos;s address, e.g. %1,endpoint=http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an account for this run only; repeat it for several. Written KIND[,name=NAME][,endpoint=URL][,key-env=ID_VAR:SECRET_VAR|key=keyring], where KIND is one of the kinds --backend takes. The key comes from the two environment variables key-env names, or from the account&apos;s entry in the system keyring (key=keyring, the default, falling back to the kind&apos;s usual variables); the key itself is never accepted here. There is one embedded simulator: if your saved accounts already have it enabled, --account simulator uses that one, under the name given here if any. Example: --account imprint-sim,name=Staging,endpoint=http://127.0.0.1:8080,key-env=STAGING_ID:STAGING_KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
